package org.paperfeed.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A query the user named, shown in the sidebar as a smart feed. One of the user's marks: kept in the marks journal
 * and mirrored in the index, like mute rules. Names are compared without regard to case.
 */
public record SavedSearch(String name, String query) {

    /** A name is a sidebar label: longer than this is not a label. */
    public static final int MAX_NAME_LENGTH = 200;

    public SavedSearch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a saved search needs a name");
        }
    }

    /** The name as saved searches are matched by: {@code Diffusion} and {@code diffusion} are one search. */
    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * A name the user typed, checked before it is journaled: at most {@value #MAX_NAME_LENGTH} characters and no
     * control character.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("a saved search needs a name");
        }
        for (int i = 0; i < n.length(); i++) {
            if (PrintableText.isUnprintable(n.charAt(i)) || n.charAt(i) < 0x20) {
                throw new IllegalArgumentException("a saved search's name cannot contain control characters");
            }
        }
        if (n.codePointCount(0, n.length()) > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a saved search's name can be at most " + MAX_NAME_LENGTH
                    + " characters");
        }
        return n;
    }
}
