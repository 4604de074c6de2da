package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.GithubRepo;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperExtras;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperLink;
import org.paperfeed.model.PaperState;

/** One card per paper on a terminal: where it was listed, how popular it was, and what Hugging Face adds. */
class PaperLinesTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 11);

    private static final Paper LISTED = new Paper(PaperId.arxiv("2403.01234"), "Sinkhorn, faster", "We speed it up.",
            List.of("A. Author"), LocalDate.of(2024, 3, 8), "Hugging Face daily",
            List.of(new PaperLink(LinkType.ABSTRACT, "https://arxiv.org/abs/2403.01234")), 150, List.of("cs.LG", "cs.CL"))
            .withListings(List.of(
                    Listing.daily("Hugging Face daily", MONDAY, 3, 142, 12),
                    Listing.daily("arXiv cs.LG new", MONDAY.plusDays(1), 17, null, null),
                    Listing.daily("Hugging Face daily", MONDAY.plusDays(2), 1, 150, 1)))
            .withExtras(new PaperExtras("v2", new GithubRepo("https://github.com/o/r", 512), "https://o.github.io/r",
                    "It is faster.", List.of("optimal transport", "sinkhorn"), "MIT"));

    @Test
    void showPrintsEveryListingNewestFirstWithTheExtras() {
        StringWriter text = new StringWriter();
        PaperLines.details(new PrintWriter(text, true),
                new LibraryPaper(LISTED, PaperState.UNTOUCHED.withNotInterested(true), Instant.EPOCH));

        assertThat(text.toString().lines()).containsSubsequence(
                "id:          2403.01234",
                "version:     v2",
                "categories:  cs.LG, cs.CL",
                "listed:      2024-03-13  HF daily #1 · ▲150 · 1 comment",
                "             2024-03-12  arXiv cs.LG new #17",
                "             2024-03-11  HF daily #3 · ▲142 · 12 comments",
                "github:      https://github.com/o/r  ★512",
                "project:     https://o.github.io/r",
                "organization: MIT",
                "keywords:    optimal transport, sinkhorn",
                "We speed it up.",
                "AI summary:",
                "It is faster.");
        assertThat(text.toString()).contains("interested:  no");
        assertThat(PaperLines.line(new LibraryPaper(LISTED, PaperState.UNTOUCHED.withNotInterested(true),
                Instant.EPOCH))).endsWith("  (not interested)");
    }

    @Test
    void aRowShowsTheLatestListingOrTheOneOnTheDayViewed() {
        LibraryPaper entry = new LibraryPaper(LISTED, new PaperState(true, false, Set.of("ot")), Instant.EPOCH);

        assertThat(PaperLines.line(entry)).isEqualTo(
                "2403.01234       2024-03-08 ★•  Sinkhorn, faster  [HF daily #1 ▲150 +2]  #ot");
        assertThat(PaperLines.line(entry, DayRange.day(MONDAY))).contains("[HF daily #3 ▲142 +2]");
        assertThat(PaperLines.line(entry, DayRange.day(MONDAY.plusDays(1)))).contains("[arXiv cs.LG new #17 +2]");
        assertThat(PaperLines.line(entry, new DayRange(MONDAY, MONDAY.plusDays(1))))
                .as("a week view shows the week's latest listing").contains("[arXiv cs.LG new #17 +2]");
    }

    @Test
    void aPaperWithoutListingsOrExtrasLooksAsBefore() {
        Paper plain = new Paper(PaperId.fromTitle("Plain"), "Plain", "Text.", List.of(), null, "feed.xml", List.of(),
                null, List.of());
        LibraryPaper entry = new LibraryPaper(plain, PaperState.UNTOUCHED, Instant.EPOCH);
        StringWriter text = new StringWriter();
        PaperLines.details(new PrintWriter(text, true), entry);

        assertThat(PaperLines.line(entry)).endsWith(" •  Plain");
        assertThat(text.toString()).doesNotContain("listed:", "version:", "github:", "AI summary", "interested:");
    }
}
