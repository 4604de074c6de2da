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
 * @param note          the user's plain-text note on the paper; empty when there is none (never null)
 */
public record PaperState(boolean starred, boolean read, Set<String> tags, boolean notInterested, String note) {

    public static final PaperState UNTOUCHED = new PaperState(false, false, Set.of(), false, "");

    /** A note is the user's own text about one paper: a page or two, not a document (and a stored index field). */
    public static final int MAX_NOTE_LENGTH = 10_000;

    public PaperState(boolean starred, boolean read, Set<String> tags) {
        this(starred, read, tags, false, "");
    }

    public PaperState(boolean starred, boolean read, Set<String> tags, boolean notInterested) {
        this(starred, read, tags, notInterested, "");
    }

    public PaperState {
        Objects.requireNonNull(tags, "tags");
        note = note == null ? "" : note;
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

    /**
     * A note the user typed, checked before it is journaled: line breaks made {@code \n}, surrounding whitespace
     * dropped, at most {@value #MAX_NOTE_LENGTH} characters, no control character but tab and
     * line break. Empty means "no note".
     *
     * @throws IllegalArgumentException naming what is wrong, in words a user can act on
     */
    public static String checkedNote(String text) {
        String t = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '\n' && c != '\t' && PrintableText.isUnprintable(c)) {
                throw new IllegalArgumentException(String.format("a note cannot contain control characters (U+%04X)",
                        (int) c));
            }
        }
        int length = t.codePointCount(0, t.length());
        if (length > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("a note can be at most " + MAX_NOTE_LENGTH
                    + " characters; this one has " + length);
        }
        return t;
    }

    public PaperState withStarred(boolean value) {
        return new PaperState(value, read, tags, notInterested, note);
    }

    public PaperState withRead(boolean value) {
        return new PaperState(starred, value, tags, notInterested, note);
    }

    /** The same marks with {@code value} as the note (empty: none). Not checked: see {@link #checkedNote}. */
    public PaperState withNote(String value) {
        return new PaperState(starred, read, tags, notInterested, value);
    }

    public boolean hasNote() {
        return !note.isEmpty();
    }

    public PaperState withTags(Collection<String> added) {
        TreeSet<String> all = new TreeSet<>(tags);
        added.forEach(t -> all.add(checkedTag(t)));
        return new PaperState(starred, read, all, notInterested, note);
    }

    public PaperState withoutTags(Collection<String> removed) {
        TreeSet<String> all = new TreeSet<>(tags);
        removed.forEach(t -> all.remove(normaliseTag(t)));
        return new PaperState(starred, read, all, notInterested, note);
    }

    public PaperState withNotInterested(boolean value) {
        return new PaperState(starred, read, tags, value, note);
    }

    /** Starred and tagged papers are the user's own choice: no mute rule ever hides them. */
    public boolean isKept() {
        return starred || !tags.isEmpty();
    }

    public boolean isUntouched() {
        return !starred && !read && tags.isEmpty() && !notInterested && note.isEmpty();
    }
}
