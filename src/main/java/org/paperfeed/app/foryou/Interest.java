package org.paperfeed.app.foryou;

import java.time.Instant;
import java.util.Objects;
import org.paperfeed.model.PaperState;

/**
 * One thing the reader cares about, learned from their marks: their stars ({@code starred}) or one tag
 * ({@code tag:NAME}). It ranks papers once it has {@link #MIN_POSITIVES} papers and is switched on.
 *
 * @param key       {@code starred} or {@code tag:NAME}: what {@link Recommendation#interest()} and the CLI's
 *                  {@code --interest} say
 * @param name      for display: {@code Starred} or the tag
 * @param positives how many papers are starred or carry the tag
 * @param trainedAt when its model was last trained in this process; null when it has none yet
 * @param enabled   false when the reader switched it off (a preference)
 */
public record Interest(String key, String name, int positives, Instant trainedAt, boolean enabled) {

    /** An interest needs this many papers before it ranks anything. */
    public static final int MIN_POSITIVES = 3;
    /** The key of the starred papers' interest. */
    public static final String STARRED = "starred";
    /** A tag's interest key is this prefix and the tag. */
    public static final String TAG_PREFIX = "tag:";

    public Interest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }

    /** The key of a tag's interest. */
    public static String tagKey(String tag) {
        return TAG_PREFIX + tag;
    }

    /**
     * The key of the interest the user named ({@code recommend --interest}, {@code --tag}): {@code tag:NAME} with the
     * name read as a tag is named ({@link PaperState#namedTag}), so {@code tag:ML} is the interest of the tag
     * {@code ml}; anything else as given.
     *
     * @throws IllegalArgumentException when the tag's name is blank
     */
    public static String named(String key) {
        return key.startsWith(TAG_PREFIX) ? tagKey(PaperState.namedTag(key.substring(TAG_PREFIX.length()))) : key;
    }

    /** True when it has enough papers to learn from (whether or not it is switched on). */
    public boolean hasEnoughPapers() {
        return positives >= MIN_POSITIVES;
    }

    /** True when it ranks papers: enough papers and switched on. */
    public boolean ranks() {
        return enabled && hasEnoughPapers();
    }
}
