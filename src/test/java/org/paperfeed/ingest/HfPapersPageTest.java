package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;

/**
 * The real Hugging Face page a user pastes: every paper found, with title and abstract exactly as written, whether
 * the copy is clean or carries the noise a browser's select-all adds (CRLF, BOM, trailing spaces, page furniture).
 */
class HfPapersPageTest {

    private static final ParseContext CONTEXT =
            new ParseContext("hf-papers-page.txt", "Hugging Face", LocalDate.of(2024, 3, 15));

    /** Titles and abstracts read straight off the file's structure: 5 chrome lines, then title/abstract pairs. */
    private static List<String[]> expectedEntries() throws IOException {
        List<String> lines = Arrays.stream(new String(resource("hf-papers-page.txt"), StandardCharsets.UTF_8)
                .split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String[]> entries = new ArrayList<>();
        for (int i = 5; i + 1 < lines.size(); i += 2) {
            entries.add(new String[] {lines.get(i), lines.get(i + 1)});
        }
        return entries;
    }

    @Test
    void findsEveryPaperOfTheRealPageWithTitleAndAbstractExactlyAsWritten() throws Exception {
        Digest digest = DigestReader.standard().read(resource("hf-papers-page.txt"), "text/plain", CONTEXT);

        assertThat(digest.format()).isEqualTo(DigestFormat.TEXT_PAGE);
        assertThat(digest.papers()).hasSize(74);
        assertSameTitlesAndAbstracts(digest.papers());
    }

    @Test
    void datesThePapersWithThePageDateResolvedAgainstToday() throws Exception {
        Digest digest = DigestReader.standard().read(resource("hf-papers-page.txt"), (String) null, CONTEXT);

        assertThat(digest.papers()).allSatisfy(p -> assertThat(p.published()).isEqualTo(LocalDate.of(2024, 3, 11)));
        assertThat(digest.papers()).allSatisfy(p -> assertThat(p.id()).isEqualTo(PaperId.fromTitle(p.title())));
    }

    @Test
    void listsThePageAsOneDayInThePagesOwnOrderSayingWhichYearItAssumed() throws Exception {
        Digest digest = DigestReader.standard().read(resource("hf-papers-page.txt"), (String) null, CONTEXT);

        List<String> pageOrder = expectedEntries().stream().map(e -> e[0]).toList();
        for (Paper paper : digest.papers()) {
            assertThat(paper.listings()).as(paper.title()).containsExactly(Listing.daily("Hugging Face",
                    LocalDate.of(2024, 3, 11), pageOrder.indexOf(paper.title()) + 1, null, null));
        }
        assertThat(digest.papers()).extracting(p -> p.listings().get(0).rank())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 74).boxed().toList());
        assertThat(digest.assumedYear()).isEqualTo(2024);
    }

    @Test
    void readsTheSamePapersFromABrowserPasteWithNoiseCrlfBomAndTrailingSpaces() throws Exception {
        byte[] pasted = resource("hf-papers-page-pasted.txt");
        assertThat(new String(pasted, StandardCharsets.UTF_8)).startsWith("\uFEFF").contains("\r\n", "Upvote",
                "Submitted by", "· 7 authors", "GitHub 1.2k", "arXiv Page");

        Digest digest = DigestReader.standard().read(pasted, (String) null, CONTEXT);

        assertThat(digest.papers()).hasSize(74);
        assertSameTitlesAndAbstracts(digest.papers());
    }

    @Test
    void theBundledOfflineSampleIsTheSamePage() throws Exception {
        try (InputStream sample = getClass().getResourceAsStream("/org/paperfeed/sample/hf-papers-page.txt")) {
            assertThat(sample).isNotNull();
            assertThat(sample.readAllBytes()).isEqualTo(resource("hf-papers-page.txt"));
        }
    }

    private static void assertSameTitlesAndAbstracts(List<Paper> papers) throws IOException {
        List<String[]> expected = expectedEntries();
        assertThat(papers).extracting(Paper::title)
                .containsExactlyElementsOf(expected.stream().map(e -> e[0]).toList());
        assertThat(papers).extracting(Paper::abstractText)
                .containsExactlyElementsOf(expected.stream().map(e -> e[1]).toList());
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = HfPapersPageTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
