package org.paperfeed.app;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperfeed.model.Listing;

/**
 * What a listing's source is called, in the window and on the command line alike: "Hugging Face daily" reads "HF
 * daily", the bundled sample "Sample: Hugging Face Papers, Mar 11", a file the user imported "Hugging Face JSON
 * (imported 2026-08-21.json)" (its bare source name, "2026-08-21", read like a date). Each layer keeps its own
 * presentation (separators, cleaning for a terminal); which name a source goes by is chosen here only.
 */
public final class SourceNames {

    /** The default arXiv sources are named "arXiv cs.LG new": their listings read as one "arXiv cs.LG, cs.CL". */
    private static final Pattern ARXIV_SOURCE = Pattern.compile("(?i)arxiv\\s+(\\S+)(?:\\s+new)?");
    /**
     * How an imported file is named ({@link #imported}): "RSS (imported feed.xml)". The format's label is ours and
     * never holds "(imported", the file name may: the first one is where the file name starts.
     */
    static final Pattern IMPORTED = Pattern.compile("(.+?) \\(imported (.+)\\)");
    private static final String SAMPLE_PREFIX = "Sample: Hugging Face Papers, ";
    private static final DateTimeFormatter SAMPLE_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private SourceNames() {
    }

    /** "Hugging Face daily" reads "HF daily", as on the window's badges; other names stay as they are. */
    public static String shortName(String source) {
        return source.replaceFirst("^Hugging Face\\b", "HF");
    }

    /** "cs.LG" for a source named "arXiv cs.LG new" (or "arXiv cs.LG"); empty for any other source. */
    public static Optional<String> arxivCategory(String source) {
        Matcher m = ARXIV_SOURCE.matcher(source.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** "RSS (imported feed.xml)": an imported file's source, by its format's label and the file's whole name. */
    static String imported(String formatLabel, String file) {
        return formatLabel + " (imported " + file + ")";
    }

    /**
     * "Hugging Face JSON" for "Hugging Face JSON (imported 2026-08-21.json)": an imported file's format alone, for a
     * line short of room (the file is named where there is room); any other name as it is.
     */
    public static String withoutFile(String shown) {
        Matcher imported = IMPORTED.matcher(shown);
        return imported.matches() ? imported.group(1) : shown;
    }

    /**
     * The name a listing's source goes by: the name {@code names} gives it when that is not its own (an imported
     * file's), the sample's with the day it lists (so a new user knows these papers are a sample and not today's),
     * else its short name.
     *
     * @param names how a source is shown, from its name (the app's {@code sourceName})
     */
    public static String of(Listing listing, UnaryOperator<String> names) {
        String shown = names.apply(listing.source());
        if (shown != null && !shown.equals(listing.source())) {
            return shown;
        }
        if (RemoveSample.SOURCE.equals(listing.source())) {
            return SAMPLE_PREFIX + SAMPLE_DAY.format(listing.day());
        }
        return shortName(listing.source());
    }

    /** As {@link #of(Listing, UnaryOperator)} for a source without a listing at hand: no sample day to name. */
    public static String of(String source, UnaryOperator<String> names) {
        String shown = names.apply(source);
        return shown == null || shown.equals(source) ? shortName(source) : shown;
    }

    /**
     * The name for a one-line row, where the whole "Hugging Face JSON (imported 2026-08-21.json)" takes half a
     * terminal's width: an imported file reads "imported 2026-08-21.json" (the file says its format, and that it is
     * a file, not a date), the sample "sample Mar 11"; any other source as {@link #of(Listing, UnaryOperator)}.
     */
    public static String compact(Listing listing, UnaryOperator<String> names) {
        String shown = names.apply(listing.source());
        if (shown != null && !shown.equals(listing.source())) {
            Matcher imported = IMPORTED.matcher(shown);
            return imported.matches() ? "imported " + imported.group(2) : shown;
        }
        if (RemoveSample.SOURCE.equals(listing.source())) {
            return "sample " + SAMPLE_DAY.format(listing.day());
        }
        return shortName(listing.source());
    }
}
