package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;

/**
 * The day each format lists a paper on, the rank it gets, and the version it carries: the rules the day view and
 * catch-up are built on (issue 10, item 1).
 */
class ListingDaysTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);
    private static final LocalDate ASKED = LocalDate.of(2024, 3, 8);

    private static Digest read(String content, LocalDate today, LocalDate listingDay) throws DigestParseException {
        return DigestReader.standard().read(content.getBytes(StandardCharsets.UTF_8), (String) null,
                new ParseContext("test", "src", today, listingDay));
    }

    private static Listing only(Paper paper) {
        assertThat(paper.listings()).hasSize(1);
        return paper.listings().get(0);
    }

    private static String hfEntry(String id, String submittedOnDailyAt) {
        String submitted = submittedOnDailyAt == null ? "" : "\"submittedOnDailyAt\": \"" + submittedOnDailyAt + "\", ";
        return "{\"paper\": {\"id\": \"" + id + "\", " + submitted + "\"title\": \"Paper " + id + "\", "
                + "\"summary\": \"s\", \"upvotes\": 5}, \"numComments\": 2}";
    }

    @Test
    void hfDailyListsEveryEntryOnTheAskedForDateWhenTheCallerKnowsIt() throws Exception {
        String json = "[" + hfEntry("2403.00001", "2024-03-11T00:00:00.000Z") + ","
                + hfEntry("2403.00002", "2024-03-12T10:00:00.000Z") + "]";

        Digest digest = read(json, TODAY, ASKED);

        assertThat(digest.papers()).extracting(p -> only(p).day()).containsOnly(ASKED);
        assertThat(digest.papers()).extracting(p -> only(p).rank()).containsExactly(1, 2);
        assertThat(digest.papers()).allSatisfy(p -> {
            assertThat(only(p).upvotes()).isEqualTo(5);
            assertThat(only(p).commentCount()).isEqualTo(2);
            assertThat(only(p).keepsFirstDay()).isFalse();
            assertThat(only(p).source()).isEqualTo("src");
        });
    }

    @Test
    void hfDailyOtherwiseTakesEachEntrysSubmissionDayInUtc() throws Exception {
        String json = "[" + hfEntry("2403.00001", "2024-03-11T00:00:00.000Z") + ","
                + hfEntry("2403.00002", "2024-03-11T23:30:00-05:00") + ","
                + hfEntry("2403.00003", "2024-03-12T01:00:00+09:00") + "]";

        Digest digest = read(json, TODAY, null);

        assertThat(digest.papers()).extracting(p -> only(p).day()).containsExactly(
                LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 12), LocalDate.of(2024, 3, 11));
    }

    @Test
    void anHfEntryWithoutASubmissionDayBelongsToTheDayOfTheOthersElseToToday() throws Exception {
        String mixed = "[" + hfEntry("2403.00001", "2024-03-11T08:00:00.000Z") + ","
                + hfEntry("2403.00002", null) + "," + hfEntry("2403.00003", "2024-03-11T09:00:00.000Z") + "]";
        String none = "[" + hfEntry("2403.00004", null) + "]";

        assertThat(read(mixed, TODAY, null).papers()).extracting(p -> only(p).day())
                .containsOnly(LocalDate.of(2024, 3, 11));
        assertThat(only(read(none, TODAY, null).papers().get(0)).day()).isEqualTo(TODAY);
    }

    private static String arxivRss(String pubDate, String guid, String announceType) {
        return "<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<rss xmlns:arxiv=\"http://arxiv.org/schemas/atom\" version=\"2.0\"><channel>"
                + "<title>cs.CV updates on arXiv.org</title><link>http://rss.arxiv.org/rss/cs.CV</link>"
                + "<item><title>First</title><link>https://arxiv.org/abs/2403.01234</link>"
                + "<description>arXiv:2403.01234v2 Announce Type: " + announceType + " \nAbstract: One.</description>"
                + "<guid isPermaLink=\"false\">" + guid + "</guid>"
                + "<pubDate>" + pubDate + "</pubDate>"
                + "<arxiv:announce_type>" + announceType + "</arxiv:announce_type></item>"
                + "<item><title>Second</title><link>https://arxiv.org/abs/2403.05678</link>"
                + "<description>arXiv:2403.05678v1 Announce Type: new \nAbstract: Two.</description>"
                + "<guid isPermaLink=\"false\">oai:arXiv.org:2403.05678v1</guid>"
                + "<pubDate>" + pubDate + "</pubDate>"
                + "<arxiv:announce_type>new</arxiv:announce_type></item>"
                + "</channel></rss>";
    }

    @ParameterizedTest(name = "{0} is the {1}")
    @CsvSource(delimiter = '|', value = {
        "Mon, 11 Mar 2024 00:00:00 -0400 | 2024-03-11",
        "Mon, 11 Mar 2024 23:59:59 -0400 | 2024-03-11",
        "Mon, 11 Mar 2024 00:30:00 +1400 | 2024-03-11",
        "Sun, 10 Mar 2024 23:00:00 -0500 | 2024-03-10",
        "Mon, 11 Mar 2024 04:00:00 GMT   | 2024-03-11"})
    void anArxivListingIsOnItsPubDateInTheFeedsOwnOffset(String pubDate, LocalDate day) throws Exception {
        Digest digest = read(arxivRss(pubDate.strip(), "oai:arXiv.org:2403.01234v2", "replace"), TODAY, null);

        assertThat(digest.format()).isEqualTo(DigestFormat.RSS);
        assertThat(digest.papers()).extracting(p -> only(p).day()).containsOnly(day);
        assertThat(digest.papers()).extracting(p -> only(p).rank()).containsExactly(1, 2);
        assertThat(digest.papers()).allSatisfy(p -> assertThat(only(p).keepsFirstDay()).isFalse());
    }

    @Test
    void anArxivListingItemCarriesTheVersionItsGuidOrHeaderNames() throws Exception {
        Digest fromGuid = read(arxivRss("Mon, 11 Mar 2024 00:00:00 -0400", "oai:arXiv.org:2403.01234v3", "replace"),
                TODAY, null);
        Digest fromHeader = read(arxivRss("Mon, 11 Mar 2024 00:00:00 -0400", "no version here", "replace"),
                TODAY, null);

        assertThat(fromGuid.papers()).extracting(p -> p.extras().version()).containsExactly("v3", "v1");
        assertThat(fromHeader.papers()).extracting(p -> p.extras().version()).containsExactly("v2", "v1");
    }

    @Test
    void aJournalFeedListsItsItemsOnTheDayFirstFetchedKeepingTheirOwnDateAsPublished() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>Journal</title>"
                + "<item><title>Old article</title><link>https://journal.example.org/a</link>"
                + "<pubDate>Fri, 8 Mar 2019 12:30:00 GMT</pubDate></item>"
                + "<item><title>New article</title><link>https://journal.example.org/b</link>"
                + "<pubDate>Thu, 14 Mar 2024 12:30:00 GMT</pubDate></item></channel></rss>";

        Digest digest = read(rss, TODAY, null);

        assertThat(digest.papers()).extracting(p -> only(p)).containsExactly(
                Listing.firstFetched("src", TODAY, 1), Listing.firstFetched("src", TODAY, 2));
        assertThat(digest.papers()).extracting(Paper::published)
                .containsExactly(LocalDate.of(2019, 3, 8), LocalDate.of(2024, 3, 14));
    }

    @Test
    void theArxivApiAndGenericAtomListOnTheDayFirstFetchedWithTheVersionOfTheEntryId() throws Exception {
        String api = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>ArXiv Query</title>"
                + "<id>http://arxiv.org/api/x</id>"
                + "<entry><id>http://arxiv.org/abs/1706.03762v7</id><published>2017-06-12T17:57:34Z</published>"
                + "<title>Attention Is All You Need</title><summary>Transformers.</summary></entry></feed>";
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Blog</title>"
                + "<entry><id>urn:x</id><published>2020-01-02T00:00:00Z</published>"
                + "<title>A post</title><summary>Words.</summary></entry></feed>";

        Paper fromApi = read(api, TODAY, null).papers().get(0);
        Paper fromAtom = read(atom, TODAY, null).papers().get(0);

        assertThat(only(fromApi)).isEqualTo(Listing.firstFetched("src", TODAY, 1));
        assertThat(fromApi.published()).isEqualTo(LocalDate.of(2017, 6, 12));
        assertThat(fromApi.extras().version()).isEqualTo("v7");
        assertThat(only(fromAtom)).isEqualTo(Listing.firstFetched("src", TODAY, 1));
        assertThat(fromAtom.published()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(fromAtom.extras().version()).isNull();
    }

    @Test
    void anArxivApiEntryListedTwiceInOneResponseIsOnePaperRankedByItsPlace() throws Exception {
        String api = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>ArXiv Query</title>"
                + "<id>http://arxiv.org/api/x</id>"
                + "<entry><id>http://arxiv.org/abs/2403.05555v1</id><title>Sparse v1</title><summary>a</summary>"
                + "</entry><entry><id>http://arxiv.org/abs/2403.05555v2</id><title>Sparse v2</title>"
                + "<summary>b</summary></entry>"
                + "<entry><id>http://arxiv.org/abs/2403.06666v1</id><title>Other</title><summary>c</summary></entry>"
                + "</feed>";

        List<Paper> papers = read(api, TODAY, null).papers();

        assertThat(papers).extracting(p -> p.id().value()).containsExactly("2403.05555", "2403.06666");
        assertThat(papers).extracting(p -> only(p).rank()).containsExactly(1, 2);
        assertThat(papers.get(0).title()).isEqualTo("Sparse v2");
        assertThat(papers.get(0).extras().version()).isEqualTo("v2");
    }

    @Test
    void aSnapshotRecordIsListedOnItsUpdateDateWithItsLatestVersion() throws Exception {
        String line = "{\"id\":\"0704.0001\",\"title\":\"Diphotons\",\"abstract\":\"a\",\"categories\":\"hep-ph\","
                + "\"versions\":[{\"version\":\"v1\",\"created\":\"Mon, 2 Apr 2007 19:18:42 GMT\"},"
                + "{\"version\":\"v3\",\"created\":\"Tue, 24 Jul 2007 20:10:27 GMT\"},"
                + "{\"version\":\"v2\",\"created\":\"Mon, 23 Jul 2007 20:10:27 GMT\"}],"
                + "\"update_date\":\"2008-11-13\"}\n";

        Paper paper = read(line, TODAY, null).papers().get(0);

        assertThat(only(paper)).isEqualTo(Listing.daily("src", LocalDate.of(2008, 11, 13), null, null, null));
        assertThat(paper.extras().version()).isEqualTo("v3");
        assertThat(paper.published()).isEqualTo(LocalDate.of(2007, 4, 2));
    }

    private static String page(String dateLine) {
        String abstractText = "We study how a page of papers is dated by its one date line, which names the day "
                + "without a year, so the reader has to decide which year the page meant when it was saved.";
        return "Daily Papers\n\n" + dateLine + "\n\nFirst Paper Title\n\n" + abstractText
                + "\n\nSecond Paper Title\n\n" + abstractText.replace("We study", "We also study") + "\n";
    }

    @ParameterizedTest(name = "\"{0}\" read on {1} is {2}")
    @CsvSource({
        "Dec 30, 2025-01-02, 2024-12-30",
        "Jan 2,  2025-01-02, 2025-01-02",
        "Jan 3,  2025-01-02, 2024-01-03",
        "Mar 11, 2025-03-10, 2024-03-11",
        "Mar 11, 2025-03-12, 2025-03-11",
        "Feb 29, 2025-03-01, 2024-02-29"})
    void aPagesDateWithoutAYearIsTheLatestSuchDayNotAfterTheReferenceDay(String dateLine, LocalDate today,
                                                                         LocalDate day) throws Exception {
        Digest digest = read(page(dateLine), today, null);

        assertThat(digest.format()).isEqualTo(DigestFormat.TEXT_PAGE);
        assertThat(digest.papers()).extracting(p -> only(p))
                .containsExactly(Listing.daily("src", day, 1, null, null), Listing.daily("src", day, 2, null, null));
        assertThat(digest.assumedYear()).isEqualTo(day.getYear());
    }

    @Test
    void aPagesArxivLinkGivesItsPaperTheVersionItNames() throws Exception {
        String linked = page("Mar 11")
                .replace("First Paper Title", "https://arxiv.org/abs/2403.01234v3\nFirst Paper Title");

        List<Paper> papers = read(linked, TODAY, null).papers();

        assertThat(papers).extracting(p -> p.id().value(), p -> p.extras().version())
                .containsExactly(tuple("2403.01234", "v3"),
                        tuple(PaperId.fromTitle("Second Paper Title").value(), null));
    }

    @Test
    void aPageWhoseDateSaysItsYearAssumesNoneAndAPageWithoutADateIsListedOnItsOwnDay() throws Exception {
        Digest dated = read(page("Mar 11, 2023"), TODAY, null);
        Digest undated = read(page("Submitted by akhaliq"), TODAY, null);

        assertThat(dated.papers()).extracting(p -> only(p).day()).containsOnly(LocalDate.of(2023, 3, 11));
        assertThat(dated.assumedYear()).isNull();
        assertThat(undated.papers()).extracting(p -> only(p).day()).containsOnly(TODAY);
        assertThat(undated.assumedYear()).isNull();
    }
}
