package org.paperfeed.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
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
     * A tag the user typed, made what it looks like and checked before it is journaled: a control character (a tab
     * or a line break too) or a bidi-override character is refused; the invisible format characters (Unicode
     * category Cf: zero-width space and joiners, direction marks, word joiner, byte-order mark, soft hyphen…) are
     * dropped, but for a joiner that spells something
     * ({@link #joinsWithin}), every kind of space becomes a plain
     * space, and the text is composed (NFC), so a tag that looks like {@code ml} is {@code ml}; then it is
     * normalised ({@link #normaliseTag}). Empty after that (it held only invisible characters) is refused, and so is
     * one longer than {@value #MAX_TAG_LENGTH} characters.
     *
     * <p>The one place a new tag is checked: {@code tag}, the window's tag field and an imported backup all come here.
     * Replay keeps tags already journaled as written ({@link #normaliseTag} is its lenient key); the library upgrades
     * them to this form on open ({@link #withVisibleTags}).
     *
     * @throws IllegalArgumentException naming what is wrong, in words a user can act on
     */
    public static String checkedTag(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            // Tabs and line breaks too, which text may hold but a label cannot: 'a\nb' was tagged "a b".
            if (PrintableText.isUnprintable(tag.charAt(i)) || Character.isISOControl(tag.charAt(i))) {
                throw new IllegalArgumentException(String.format("a tag cannot contain control characters (U+%04X)",
                        (int) tag.charAt(i)));
            }
        }
        String composed = visible(tag);
        if (composed.isBlank()) {
            throw new IllegalArgumentException(tag.isBlank() ? "a tag cannot be empty"
                    : "a tag cannot be empty; this one holds only invisible characters");
        }
        String t = normaliseTag(composed);
        int length = t.codePointCount(0, t.length());
        if (length > MAX_TAG_LENGTH) {
            throw new IllegalArgumentException("a tag can be at most " + MAX_TAG_LENGTH + " characters; this one has "
                    + length);
        }
        return t;
    }

    /**
     * The tag as it looks: invisible format characters dropped (but for a joiner that spells), every kind of space a
     * plain space, composed (NFC). Not checked or normalised; blank when it held only invisible characters.
     */
    private static String visible(String tag) {
        StringBuilder visible = new StringBuilder(tag.length());
        int[] chars = tag.codePoints().toArray();
        for (int i = 0; i < chars.length; i++) {
            int c = chars[i];
            if (Character.getType(c) == Character.SPACE_SEPARATOR) {
                visible.append(' ');
            } else if (Character.getType(c) != Character.FORMAT || joinsWithin(chars, i)) {
                visible.appendCodePoint(c);
            }
        }
        return Normalizer.normalize(visible, Normalizer.Form.NFC);
    }

    /**
     * The same marks with each tag in the form {@link #checkedTag} gives a new tag, for tags an older version
     * journaled as typed: {@code ml} with a zero-width space inside becomes {@code ml}, one tag with the {@code ml}
     * it looked like. A tag of invisible characters only is kept as it is (it has no other form), and so is one with
     * a control or bidi-override character, which the check refuses: dropping an override would change what the tag
     * shows, and such a tag is the user's to remove, not the library's to guess at. A tag over the length limit is
     * made what it looks like all the same: it was that long before.
     */
    public PaperState withVisibleTags() {
        // Every open asks this of every marked paper: most tags are plain ASCII, which is its own visible form.
        if (tags.stream().allMatch(tag -> tag.chars().allMatch(c -> c >= 0x20 && c < 0x7F))) {
            return this;
        }
        TreeSet<String> all = new TreeSet<>();
        for (String tag : tags) {
            all.add(namedTag(tag));
        }
        return all.equals(tags) ? this : new PaperState(starred, read, all, notInterested, note);
    }

    /**
     * The tag a user names to remove it or look for it ({@code untag}, {@code list --tag}, {@code tag:},
     * {@code recommend --tag}), in the form {@link #checkedTag} gives a new tag, so that what they pasted finds the
     * tag they see: {@code m}-zero-width-space-{@code l} names {@code ml}, as tagging with it gives {@code ml}. Not
     * checked, as a tag an older version let in must still be named as {@code tags} prints it: text of invisible
     * characters only, or with a control or bidi-override character, is taken as written (normalised), which is the
     * form {@link #withVisibleTags} keeps such a tag in.
     *
     * @throws IllegalArgumentException when it is blank
     */
    public static String namedTag(String typed) {
        String shown = typed.chars().anyMatch(c -> PrintableText.isUnprintable((char) c)) ? "" : visible(typed);
        return normaliseTag(shown.isBlank() ? typed : shown);
    }

    /**
     * Whether the character at {@code i} is a zero-width joiner or non-joiner that spells something: between two
     * visible characters, after one of a script that uses them (Persian's non-joiner, Devanagari's half forms, the
     * joined emoji such as 👩‍💻). After a Latin, Greek or Cyrillic letter or any ASCII character it only makes a tag
     * that looks like another ({@code m‍l}), and is dropped like every other invisible character.
     */
    private static boolean joinsWithin(int[] chars, int i) {
        if ((chars[i] != 0x200C && chars[i] != 0x200D) || i == 0 || i == chars.length - 1) {
            return false;
        }
        int before = chars[i - 1];
        int after = chars[i + 1];
        if (before < 0x80 || Character.isWhitespace(after) || Character.getType(after) == Character.FORMAT) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(before);
        return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.GREEK
                && script != Character.UnicodeScript.CYRILLIC;
    }

    /**
     * A tag as the library keys it: trimmed, inner whitespace collapsed, lower case. Lenient on purpose (a journal
     * written by an older version may hold any tag); new tags go through {@link #checkedTag}.
     *
     * <p>It does not drop invisible characters as {@link #checkedTag} does, on purpose: replay keeps a journaled tag
     * as it was written. The index mirrors each tag as a term in that form, so rewriting it here would have the
     * journal and the index disagree (which reads as a damaged journal). The library upgrades such tags on open
     * instead, with a journal entry the index then mirrors ({@link #withVisibleTags}).
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

    /**
     * The same marks without the tags named ({@link #namedTag}): each tag that looks like a name given goes, so a
     * tag an older version wrote with invisible characters goes too before the library has made it the tag it looks
     * like (it could not on a full disk).
     */
    public PaperState withoutTags(Collection<String> removed) {
        Set<String> named = new HashSet<>();
        removed.forEach(t -> named.add(namedTag(t)));
        TreeSet<String> all = new TreeSet<>(tags);
        all.removeIf(tag -> named.contains(tag) || named.contains(namedTag(tag)));
        return new PaperState(starred, read, all, notInterested, note);
    }

    public PaperState withNotInterested(boolean value) {
        return new PaperState(starred, read, tags, value, note);
    }

    /** Starred and tagged papers are the user's own choice: no mute rule ever hides them. */
    public boolean isKept() {
        return starred || !tags.isEmpty();
    }

    /**
     * These marks with {@code other}'s added: a star, read or not-interested mark set on either is set, the tags are
     * both's ({@code other}'s checked, {@link #withTags}), and the note is {@code note}, which the caller decides.
     */
    public PaperState unitedWith(PaperState other, String note) {
        return new PaperState(starred || other.starred, read || other.read, withTags(other.tags).tags,
                notInterested || other.notInterested, note);
    }

    /** How many marks these are: the star, read and not-interested marks, each tag, the note. */
    public int markCount() {
        return (starred ? 1 : 0) + (read ? 1 : 0) + (notInterested ? 1 : 0) + tags.size() + (note.isEmpty() ? 0 : 1);
    }

    public boolean isUntouched() {
        return !starred && !read && tags.isEmpty() && !notInterested && note.isEmpty();
    }
}
