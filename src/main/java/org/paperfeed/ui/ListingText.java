package org.paperfeed.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.paperfeed.app.SourceNames;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;

/**
 * Where a paper was listed, in a few words: "HF daily #3 · ▲142 · 12 comments · arXiv cs.LG, cs.CL". A row gives
 * each source's latest listing; the reading pane gives every listing with its day.
 */
final class ListingText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final String SEP = " · ";

    private ListingText() {
    }

    /** One line for a row: each source's latest listing, arXiv category listings folded into one badge. */
    static String compact(Paper paper) {
        return compact(paper, UnaryOperator.identity());
    }

    /** @param names how a source is shown, from its name ("RSS (imported feed.xml)" for an imported file) */
    static String compact(Paper paper, UnaryOperator<String> names) {
        return compact(paper, names, null);
    }

    /**
     * One line for a row of a day, week or month view: the listings in {@code days} only, each source's latest there,
     * as the command line's rows ({@code list --day}). A paper listed on 13 and 19 August had read "#13 · ▲2" on 19
     * August, its 13 August listing first, among rows of ▲30: the Trending order looked wrong and the day's rank was
     * cut off. When none of its listings is in {@code days}, or {@code days} is null, every source's latest.
     */
    static String compact(Paper paper, UnaryOperator<String> names, DayRange days) {
        List<Listing> listings = paper.listings();
        if (days != null && listings.stream().anyMatch(l -> days.contains(l.day()))) {
            listings = listings.stream().filter(l -> days.contains(l.day())).toList();
        }
        Map<String, Listing> latest = new LinkedHashMap<>();
        // Listings come oldest day first: a source reads where it first listed the paper, with its latest numbers.
        for (Listing listing : listings) {
            latest.merge(listing.source(), listing, (a, b) -> b.day().isAfter(a.day()) ? b : a);
        }
        List<String> parts = new ArrayList<>();
        List<String> arxiv = new ArrayList<>();
        for (Listing listing : latest.values()) {
            Optional<String> category = SourceNames.arxivCategory(listing.source());
            if (category.isPresent()) {
                if (!arxiv.contains(category.get())) {
                    arxiv.add(category.get());
                }
            } else {
                parts.add(describe(listing, names));
            }
        }
        if (!arxiv.isEmpty()) {
            parts.add("arXiv " + String.join(", ", arxiv));
        }
        return String.join(SEP, parts);
    }

    /**
     * The row's line ({@link #compact(Paper, UnaryOperator, DayRange)}), then, when a source's name is that of a file
     * the user imported, the line with its short name ("HF JSON #4 · ▲32" for "Hugging Face JSON (imported
     * 2026-08-21.json) #4 · ▲32"): the counts are what a row is scanned for, the file is named in the reading pane.
     */
    static List<String> compactForms(Paper paper, UnaryOperator<String> names, DayRange days) {
        String whole = compact(paper, names, days);
        String shorter = compact(paper, source -> {
            String shown = names.apply(source);
            // Only a name the app gave: a feed's own name that looks imported ("News (imported by hand)") stays whole.
            return shown == null || shown.equals(source) ? shown : shortName(SourceNames.withoutFile(shown));
        }, days);
        return shorter.equals(whole) ? List.of(whole) : List.of(whole, shorter);
    }

    /** Every listing, newest day first: "Tue 12 Mar 2024 · HF daily #3 · ▲142 · 12 comments". */
    static List<String> full(Paper paper, UnaryOperator<String> names) {
        return paper.listings().stream()
                .sorted(Comparator.comparing(Listing::day).reversed().thenComparing(Listing::source))
                .map(l -> day(l.day()) + SEP + describe(l, names))
                .toList();
    }

    /**
     * The reading pane's line over its listings: "28 Jun 2026 · HF daily · ▲ 142 upvotes", the paper's date, the source
     * it came from and its latest upvotes. What the paper's one listing already says, on the line under it with the
     * weekday ("Wed 1 Jul 2026 · arXiv JSON (imported …)"), is left out: a paper listed once by its own source on its
     * own date read its listing twice. Empty when the listing says it all; a paper listed on other days, or by other
     * sources, keeps the whole line above its full list of listings.
     */
    static String paneMeta(Paper paper, UnaryOperator<String> names) {
        Listing only = paper.listings().size() == 1 ? paper.listings().get(0) : null;
        boolean listedAsDated = only != null && only.source().equals(paper.source())
                && paper.publishedDate().filter(only.day()::equals).isPresent();
        List<String> parts = new ArrayList<>();
        if (!listedAsDated) {
            parts.add(PaperText.date(paper));
            parts.add(sourceName(paper, names));
        }
        if (paper.upvotes() != null && !(listedAsDated && paper.upvotes().equals(only.upvotes()))) {
            parts.add("▲ " + paper.upvotes() + " upvotes");
        }
        return String.join(SEP, parts);
    }

    /** "HF daily #3 · ▲142 · 12 comments": the source's short name, then what it counted. */
    static String describe(Listing listing, UnaryOperator<String> names) {
        StringBuilder text = new StringBuilder(name(listing, names));
        if (listing.rank() != null) {
            text.append(" #").append(listing.rank());
        }
        if (listing.upvotes() != null) {
            text.append(SEP).append('▲').append(listing.upvotes());
        }
        if (listing.commentCount() != null) {
            text.append(SEP).append(listing.commentCount())
                    .append(listing.commentCount() == 1 ? " comment" : " comments");
        }
        return text.toString();
    }

    /** "Tue 12 Mar 2024". */
    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "2403.01234v2", or empty for a paper known only by its title. */
    static String arxivId(Paper paper) {
        PaperId id = paper.id();
        if (!id.isArxiv()) {
            return "";
        }
        String version = paper.extras().version();
        return "arXiv:" + id.value() + (version == null ? "" : version);
    }

    /** The name a listing's source goes by, as the command line names it too ({@link SourceNames#of}). */
    static String name(Listing listing) {
        return name(listing, UnaryOperator.identity());
    }

    /** As {@link #name(Listing)}: a file the user imported reads "RSS (imported feed.xml)", as {@code names} gives. */
    static String name(Listing listing, UnaryOperator<String> names) {
        return SourceNames.of(listing, names);
    }

    /** The name of the source a paper first came from, as {@link #name(Listing, UnaryOperator)} gives it. */
    static String sourceName(Paper paper, UnaryOperator<String> names) {
        return paper.listings().stream().filter(l -> l.source().equals(paper.source())).findFirst()
                .map(l -> name(l, names)).orElse(names.apply(paper.source()));
    }

    static String shortName(String source) {
        return SourceNames.shortName(source);
    }
}
