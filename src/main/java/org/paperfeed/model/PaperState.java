package org.paperfeed.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the user has done with a paper: the only data nobody can fetch again.
 * Tags are kept lower-case, so {@code ML} and {@code ml} are one tag.
 *
 * @param notInterested the user dismissed the paper ({@code x}): hidden from day and source views, kept in searches,
 *                      Starred, tags and saved searches
 */
public record PaperState(boolean starred, boolean read, Set<String> tags, boolean notInterested) {

    public static final PaperState UNTOUCHED = new PaperState(false, false, Set.of(), false);

    public PaperState(boolean starred, boolean read, Set<String> tags) {
        this(starred, read, tags, false);
    }

    public PaperState {
        Objects.requireNonNull(tags, "tags");
        TreeSet<String> normalised = new TreeSet<>();
        for (String tag : tags) {
            normalised.add(normaliseTag(tag));
        }
        tags = Set.copyOf(normalised);
    }

    /** Tags are labels: longer than this is not a label, and would not fit the index's keyword terms. */
    public static final int MAX_TAG_LENGTH = 100;

    /**
     * A tag the user typed, normalised ({@link #normaliseTag}) and checked before it is journaled: at most
     * {@value #MAX_TAG_LENGTH} characters, no control or bidi-override character.
     *
     * @throws IllegalArgumentException naming what is wrong, in words a user can act on
     */
    public static String checkedTag(String tag) {
        String t = normaliseTag(tag);
        for (int i = 0; i < t.length(); i++) {
            if (PrintableText.isUnprintable(t.charAt(i))) {
                throw new IllegalArgumentException(String.format("a tag cannot contain control characters (U+%04X)",
                        (int) t.charAt(i)));
            }
        }
        int length = t.codePointCount(0, t.length());
        if (length > MAX_TAG_LENGTH) {
            throw new IllegalArgumentException("a tag can be at most " + MAX_TAG_LENGTH + " characters; this one has "
                    + length);
        }
        return t;
    }

    /**
     * A tag as the library keys it: trimmed, inner whitespace collapsed, lower case. Lenient on purpose (a journal
     * written by an older version may hold any tag); new tags go through {@link #checkedTag}.
     */
    public static String normaliseTag(String tag) {
        String t = tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a tag cannot be empty");
        }
        return t;
    }

    public PaperState withStarred(boolean value) {
        return new PaperState(value, read, tags, notInterested);
    }

    public PaperState withRead(boolean value) {
        return new PaperState(starred, value, tags, notInterested);
    }

    public PaperState withTags(Collection<String> added) {
        TreeSet<String> all = new TreeSet<>(tags);
        added.forEach(t -> all.add(checkedTag(t)));
        return new PaperState(starred, read, all, notInterested);
    }

    public PaperState withoutTags(Collection<String> removed) {
        TreeSet<String> all = new TreeSet<>(tags);
        removed.forEach(t -> all.remove(normaliseTag(t)));
        return new PaperState(starred, read, all, notInterested);
    }

    public PaperState withNotInterested(boolean value) {
        return new PaperState(starred, read, tags, value);
    }

    /** Starred and tagged papers are the user's own choice: no mute rule ever hides them. */
    public boolean isKept() {
        return starred || !tags.isEmpty();
    }

    public boolean isUntouched() {
        return !starred && !read && tags.isEmpty() && !notInterested;
    }
}
