package org.paperfeed.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.paperfeed.model.Paper;

/** How a paper's facts read in the list and the reading pane. */
final class PaperText {

    /** "1 Jul 2026": a paper's date in its row and its pane, and the day in the day bar's picker. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final int FIRST_AUTHORS = 3;

    private PaperText() {
    }

    /** "Ada Lovelace, Alan Turing, Grace Hopper et al." */
    static String firstAuthors(Paper paper) {
        List<String> authors = paper.authors();
        if (authors.isEmpty()) {
            return "Unknown authors";
        }
        String first = String.join(", ", authors.subList(0, Math.min(FIRST_AUTHORS, authors.size())));
        return authors.size() > FIRST_AUTHORS ? first + " et al." : first;
    }

    /**
     * A row's authors, longest first, for a narrow list: "Ada Lovelace, Alan Turing, Grace Hopper et al.", then
     * "Ada Lovelace, Alan Turing et al.", then "Ada Lovelace et al.": the first author stays whole where the list has
     * room for no more. Empty when the paper names no authors.
     */
    static List<String> authorForms(Paper paper) {
        List<String> authors = paper.authors();
        if (authors.isEmpty()) {
            return List.of();
        }
        List<String> forms = new java.util.ArrayList<>();
        forms.add(firstAuthors(paper));
        for (int shown = Math.min(FIRST_AUTHORS, authors.size()) - 1; shown >= 1; shown--) {
            forms.add(String.join(", ", authors.subList(0, shown)) + " et al.");
        }
        return List.copyOf(forms);
    }

    static String allAuthors(Paper paper) {
        return paper.authors().isEmpty() ? "Unknown authors" : String.join(", ", paper.authors());
    }

    static String date(Paper paper) {
        return paper.publishedDate().map(DATE::format).orElse("undated");
    }

    /** A row's meta line before the date: "Ada Lovelace et al. · ", or nothing when the page names no authors. */
    static String metaAuthors(Paper paper) {
        return paper.authors().isEmpty() ? "" : firstAuthors(paper) + " · ";
    }

    /** A row's meta line after the date: " · arXiv:2403.01234v2", and the source when no listing names it. */
    static String metaFacts(Paper paper) {
        String facts = "";
        String id = ListingText.arxivId(paper);
        if (!id.isEmpty()) {
            facts += " · " + id;
        }
        if (paper.listings().isEmpty()) {
            facts += " · " + paper.source();
        }
        return facts;
    }

    /**
     * "Ada Lovelace et al. · 3 Mar 2024 · arXiv:2403.01234v2"; pages that name no authors just leave them out. The
     * source is named here only when the paper has no listing to name it.
     */
    static String meta(Paper paper) {
        return metaAuthors(paper) + date(paper) + metaFacts(paper);
    }
}
