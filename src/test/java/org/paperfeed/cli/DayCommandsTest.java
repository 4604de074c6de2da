package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.ingest.RealHfDays;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The daily briefing from a script: {@code days}, {@code list --day}, trending order, triage and mute rules. */
class DayCommandsTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 5, 29);
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 6, 2);
    /** How the window names the source of the files imported below, {@code hf-daily.json}. */
    private static final String IMPORTED = "Hugging Face JSON (imported hf-daily.json)";
    /** Wednesday morning: "yesterday" is Tuesday. */
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-06-03T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    @TempDir
    Path files;

    /** Three real Hugging Face days, each imported as the daily JSON it was: 45, 49 and 47 papers. */
    @BeforeEach
    void threeRealDays() throws Exception {
        for (LocalDate day : List.of(FRIDAY, MONDAY, TUESDAY)) {
            Path file = Files.createDirectories(files.resolve(day.toString())).resolve("hf-daily.json");
            Files.write(file, RealHfDays.bytes(day));
            assertThat(cli("import", file.toString()).status()).isZero();
        }
    }

    private CliRun cli(String... args) {
        return CliRun.at(WEDNESDAY, data, args);
    }

    private static int papersIn(LocalDate day) {
        JsonNode entries = JsonMapper.builder().build().readTree(RealHfDays.bytes(day));
        return entries.size();
    }

    private static List<String> ids(CliRun run) {
        assertThat(run.status()).as(run.err()).isZero();
        return run.json().stream().map(p -> (String) p.get("id")).toList();
    }

    @Test
    void latestInALibraryWithNoListingDayIsAnEmptyListAndOneLineNotAFailure(@TempDir Path empty) {
        for (String command : List.of("list", "recommend")) {
            CliRun text = CliRun.at(WEDNESDAY, empty, command, "--day", "latest", "--tag", "x");
            assertThat(text.status()).as(command).isZero();
            assertThat(text.out()).as(command).isEmpty();
            assertThat(text.err()).as(command).isEqualTo("paperfeed: no paper has a listing day yet\n");

            CliRun json = CliRun.at(WEDNESDAY, empty, command, "--day", "latest", "--tag", "x", "--json");
            assertThat(json.status()).as(command).isZero();
            assertThat(json.json()).as(command).isEmpty();
        }
    }

    @Test
    void daysCountsEveryDayNewestFirstWithItsSources() {
        CliRun run = cli("days", "--json");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        List<Map<String, Object>> days = run.json();
        assertThat(days).extracting(d -> d.get("day")).containsExactly("2026-06-02", "2026-06-01", "2026-05-29");
        for (Map<String, Object> day : days) {
            int expected = papersIn(LocalDate.parse((String) day.get("day")));
            assertThat(day).containsOnlyKeys("day", "papers", "unread", "sources")
                    .containsEntry("papers", expected).containsEntry("unread", expected);
            assertThat(day.get("sources")).isEqualTo(List.of(Map.of("source", "hf-daily", "papers", expected,
                    "unread", expected, "sourceName", IMPORTED)));
        }
        assertThat(cli("days", "--limit", "2", "--json").json()).hasSize(2);
        assertThat(cli("days").lines()).containsExactly(
                "2026-06-02 Tue    47 papers    47 unread  " + IMPORTED + " 47",
                "2026-06-01 Mon    49 papers    49 unread  " + IMPORTED + " 49",
                "2026-05-29 Fri    45 papers    45 unread  " + IMPORTED + " 45");
    }

    /**
     * {@code show} names an imported file's source as the window does. It had printed the file's bare name, which for a
     * day's file ({@code 2026-08-21.json}) read as a second date: "source: 2026-08-21", "listed: 2026-08-21
     * 2026-08-21 #10".
     */
    @Test
    void showNamesAnImportedFilesSourceAsTheWindowDoes() {
        String id = ids(cli("list", "--day", "2026-06-01", "--limit", "1", "--json")).get(0);

        String[] lines = cli("show", id).lines();

        assertThat(lines).contains("source:      " + IMPORTED);
        assertThat(lines).anySatisfy(line -> assertThat(line).matches(
                "listed: +2026-06-01  " + java.util.regex.Pattern.quote(IMPORTED) + " #\\d+ · ▲\\d+.*"));
    }

    /**
     * Every row names an imported file's source as the file, shortly: {@code [imported hf-daily.json #3 ▲40 +1]}. Rows
     * had printed the bare source name, {@code [2026-08-21 #10 ▲3]} for a day's file, read as a second date, while
     * {@code show} and {@code days} named the file. JSON keeps both fields as they were.
     */
    @Test
    void rowsNameAnImportedFilesSourceAsTheFile() {
        String id = ids(cli("list", "--day", "2026-06-01", "--limit", "1", "--json")).get(0);
        String row = "\\[imported hf-daily\\.json #\\d+ ▲\\d+( \\+\\d+)?\\]";

        assertThat(cli("list", "--limit", "2").lines()).hasSize(2)
                .allSatisfy(line -> assertThat(line).containsPattern(row));
        assertThat(cli("list", "--day", "2026-06-01", "--limit", "2").lines()).hasSize(2)
                .allSatisfy(line -> assertThat(line).containsPattern(row));
        assertThat(cli("search", "model", "--limit", "1").lines()[0]).containsPattern(row);
        assertThat(cli("star", id).out()).containsPattern(row);
        assertThat(cli("tag", id, "later").out()).containsPattern(row);
        assertThat(cli("note", id, "read", "it").out()).containsPattern(row);

        assertThat(cli("list", "--limit", "1", "--json").json().get(0))
                .containsEntry("source", "hf-daily").containsEntry("sourceName", IMPORTED);
    }

    @Test
    void aDayViewListsThatDaysPapersMostUpvotedFirst() {
        List<Map<String, Object>> monday = cli("list", "--day", "2026-06-01", "--json").json();

        assertThat(monday).hasSize(papersIn(MONDAY)).allSatisfy(p -> assertThat(p.get("listings")).asList()
                .anySatisfy(l -> assertThat(((Map<?, ?>) l).get("day")).isEqualTo("2026-06-01")));
        List<Integer> upvotes = monday.stream().map(p -> upvotesOn(p, "2026-06-01")).toList();
        assertThat(upvotes).isSortedAccordingTo(Comparator.reverseOrder()).doesNotContainNull();
        List<Map<String, Object>> byDate = cli("list", "--day", "2026-06-01", "--sort", "date", "--json").json();
        assertThat(byDate).extracting(p -> p.get("id")).containsExactlyInAnyOrderElementsOf(ids(
                cli("list", "--day", "2026-06-01", "--json")));

        assertThat(ids(cli("list", "--day", "latest", "--json"))).hasSize(papersIn(TUESDAY))
                .isEqualTo(ids(cli("list", "--day", "yesterday", "--json")))
                .isEqualTo(ids(cli("list", "--day", "2026-06-02", "--json")));
        assertThat(ids(cli("list", "--day", "today", "--json"))).isEmpty();
        assertThat(ids(cli("list", "--day", "2026-06-02", "--week", "--json")))
                .hasSize(papersIn(MONDAY) + papersIn(TUESDAY));
        assertThat(ids(cli("list", "--day", "2026-05-29", "--month", "--json"))).hasSize(papersIn(FRIDAY));
        assertThat(ids(cli("list", "--day", "2026-06-01", "--limit", "5", "--json")))
                .isEqualTo(monday.stream().limit(5).map(p -> p.get("id")).toList());
        assertThat(ids(cli("list", "--json"))).as("plain list: every paper, whatever the day").hasSize(141);

        CliRun text = cli("list", "--day", "2026-06-01", "--limit", "3");
        assertThat(text.lines()).hasSize(3)
                .allSatisfy(line -> assertThat(line).containsPattern("\\[imported hf-daily.json #\\d+ ▲\\d+\\]"));
        assertThat(text.err()).isEqualTo("2026-06-01: 49 papers" + System.lineSeparator());
    }

    @Test
    void jsonCarriesWhatHuggingFaceAdds() {
        List<Map<String, Object>> monday = cli("list", "--day", "2026-06-01", "--json").json();

        assertThat(monday).allSatisfy(p -> assertThat(p).containsKeys("id", "title", "abstract", "authors",
                "published", "source", "url", "starred", "tags", "read", "upvotes", "categories", "links", "added",
                "listings", "version", "github", "projectPage", "aiSummary", "aiKeywords", "organization",
                "notInterested"));
        assertThat(monday).filteredOn(p -> p.get("github") != null).isNotEmpty().allSatisfy(p -> {
            Map<?, ?> github = (Map<?, ?>) p.get("github");
            assertThat(github.get("url")).asString().startsWith("https://github.com/");
            assertThat(github.get("stars")).satisfiesAnyOf(s -> assertThat(s).isNull(),
                    s -> assertThat(s).isInstanceOf(Integer.class));
        });
        assertThat(monday).filteredOn(p -> p.get("aiSummary") != null).isNotEmpty()
                .allSatisfy(p -> assertThat(p.get("aiKeywords")).isInstanceOf(List.class));
        Map<String, Object> top = monday.get(0);
        Map<?, ?> listing = (Map<?, ?>) ((List<?>) top.get("listings")).get(0);
        assertThat(listing.keySet().stream().map(String::valueOf).toList()).containsExactly("source", "day", "rank", "upvotes", "commentCount");
        assertThat(listing.get("rank")).isInstanceOf(Integer.class);
        assertThat(top.get("upvotes")).as("the latest fetch's count").isEqualTo(listing.get("upvotes"));
        assertThat(top.get("notInterested")).isEqualTo(false);

        Map<String, Object> summarised = monday.stream().filter(p -> p.get("aiSummary") != null).findFirst().get();
        CliRun show = cli("show", (String) summarised.get("id"));
        assertThat(show.out()).containsPattern("listed: +2026-06-01  " + java.util.regex.Pattern.quote(IMPORTED)
                        + " #\\d+ · ▲\\d+ · \\d+ comments?")
                .contains("AI summary:" + System.lineSeparator() + ((String) summarised.get("aiSummary")).substring(0, 20));
    }

    @Test
    void searchSortsByTrendingToo() {
        List<Map<String, Object>> hits = cli("search", "model", "--sort", "trending", "--limit", "30", "--json").json();

        assertThat(hits).hasSizeGreaterThan(5);
        List<Integer> best = hits.stream().map(DayCommandsTest::bestUpvotes).toList();
        assertThat(best).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void notInterestedHidesFromDayViewsAndCountsButNotFromSearch() {
        Map<String, Object> first = cli("list", "--day", "2026-06-01", "--json").json().get(0);
        String id = (String) first.get("id");

        CliRun marked = cli("not-interested", id);
        assertThat(marked.status()).isZero();
        assertThat(marked.out()).startsWith(id);

        assertThat(ids(cli("list", "--day", "2026-06-01", "--json"))).hasSize(papersIn(MONDAY) - 1).doesNotContain(id);
        assertThat(cli("days", "--json").json().get(1)).containsEntry("papers", papersIn(MONDAY) - 1);
        assertThat(cli("show", id, "--json").json().get(0)).containsEntry("notInterested", true);
        String title = (String) first.get("title");
        List<Map<String, Object>> found = cli("search", "title:\"" + title.replace("\"", "") + "\"", "--json").json();
        assertThat(found).filteredOn(h -> id.equals(h.get("id"))).singleElement()
                .satisfies(h -> assertThat(h).containsEntry("hidden", true).containsEntry("notInterested", true));
        assertThat(cli("search", "title:\"" + title.replace("\"", "") + "\"").out())
                .contains("(not interested)");

        assertThat(cli("interested", id).status()).isZero();
        assertThat(ids(cli("list", "--day", "2026-06-01", "--json"))).hasSize(papersIn(MONDAY)).contains(id);
    }

    @Test
    void anUnknownIdChangesNothingAndIsNamed() {
        String id = ids(cli("list", "--day", "2026-06-01", "--json")).get(0);

        CliRun run = cli("not-interested", id, "t-nothing", "2401.99999");

        assertThat(run.status()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().startsWith("paperfeed: ")
                .contains("'t-nothing'", "'2401.99999'", "nothing was changed").doesNotContain(id);
        assertThat(cli("show", id, "--json").json().get(0)).containsEntry("notInterested", false);
        assertThat(cli("star", id, "t-nothing").status()).isEqualTo(ExitCodes.FAILED);
        assertThat(cli("show", id, "--json").json().get(0)).containsEntry("starred", false);
    }

    @Test
    void aMuteRuleHidesWhatItsPreviewSaidAndKeepsStarredPapers() {
        int monday = papersIn(MONDAY);
        CliRun preview = cli("mute", "add", "title:diffusion", "--dry-run");
        assertThat(preview.out()).isEqualTo("would newly hide 9 papers (9 matches)" + System.lineSeparator());
        assertThat(cli("mute", "--json").json()).isEmpty();

        CliRun added = cli("mute", "add", "title:diffusion");
        assertThat(added.status()).isZero();
        assertThat(added.out()).isEqualTo("added m1: title:diffusion (newly hides 9 papers)" + System.lineSeparator());
        assertThat(cli("mute", "--json").json()).containsExactly(Map.of("id", "m1", "query", "title:diffusion",
                "hides", 9));
        assertThat(cli("days", "--json").json()).extracting(d -> d.get("papers"))
                .containsExactly(papersIn(TUESDAY) - 2, monday - 5, papersIn(FRIDAY) - 2);
        assertThat(cli("list", "--day", "2026-06-01", "--json").json())
                .noneSatisfy(p -> assertThat(p.get("title").toString().toLowerCase()).contains("diffusion"));

        String diffusion = (String) cli("search", "title:diffusion", "--json").json().get(0).get("id");
        cli("star", diffusion);
        assertThat(cli("mute").lines()).containsExactly("m1         8 hidden  title:diffusion");
        assertThat(cli("search", "title:diffusion").out().lines().filter(l -> l.endsWith("(muted)"))).hasSize(8);
        assertThat(cli("mute", "add", "title:diffusion", "--dry-run").out()).as("hidden already or kept")
                .startsWith("would newly hide 0 papers");

        CliRun removed = cli("mute", "remove", "m1");
        assertThat(removed.out()).isEqualTo("removed m1: title:diffusion" + System.lineSeparator());
        assertThat(cli("days", "--json").json().get(1)).containsEntry("papers", monday);
        CliRun unknown = cli("mute", "remove", "m1");
        assertThat(unknown.status()).isEqualTo(ExitCodes.FAILED);
        assertThat(unknown.err().lines()).singleElement().asString().startsWith("paperfeed: ").contains("m1");
    }

    @Test
    void aMuteRuleMayStartWithAnExcludedWord() {
        String kept = (String) cli("search", "title:diffusion", "--json").json().get(0).get("id");
        cli("tag", kept, "keep");

        CliRun added = cli("mute", "add", "-tag:keep", "title:diffusion");

        assertThat(added.status()).as(added.err()).isZero();
        assertThat(cli("mute", "--json").json()).singleElement()
                .satisfies(rule -> assertThat(rule).containsEntry("query", "-tag:keep title:diffusion"));
        assertThat(cli("mute", "add", "--dry-run", "--", "-title:model").status()).as("-- ends the options").isZero();
        assertThat(cli("mute", "add", "-title:model", "--dry-run").out()).startsWith("would newly hide");
    }

    @Test
    void usageMistakesExitTwoWithOneLine() {
        for (String[] args : List.of(new String[] {"list", "--week"}, new String[] {"list", "--month"},
                new String[] {"list", "--day", "2026-13-01"}, new String[] {"list", "--day", "tomorrow"},
                new String[] {"list", "--day", "latest", "--week", "--month"},
                new String[] {"list", "--day", "latest", "--sort", "relevance"},
                new String[] {"list", "--sort", "sideways"}, new String[] {"days", "--limit", "0"},
                new String[] {"days", "--limit", "x"}, new String[] {"mute", "add"},
                new String[] {"mute", "add", "x", "--dry-rn"}, new String[] {"mute", "remove"},
                new String[] {"not-interested"})) {
            CliRun run = cli(args);
            String name = String.join(" ", args);
            assertThat(run.status()).as(name).isEqualTo(ExitCodes.USAGE);
            assertThat(run.out()).as(name).isEmpty();
            assertThat(run.err().lines()).as(name).singleElement().asString().startsWith("paperfeed: ")
                    .contains("--help");
        }
        CliRun invalid = cli("mute", "add", "title:");
        assertThat(invalid.status()).isEqualTo(ExitCodes.FAILED);
        assertThat(invalid.err()).startsWith("paperfeed: invalid query");
        assertThat(cli("mute", "--json").json()).isEmpty();
    }

    @Test
    void theNewCommandsTakeDataDirAfterTheCommandToo() {
        CliRun after = CliRun.exactly(WEDNESDAY, "days", "--json", "--data-dir", data.toString());
        assertThat(after.json()).hasSize(3);
        CliRun muted = CliRun.exactly(WEDNESDAY, "mute", "add", "title:diffusion", "--data-dir", data.toString());
        assertThat(muted.out()).startsWith("added m1: title:diffusion ");
    }

    /**
     * {@code recommend --day latest} ranks the newest day the library holds, and a day imported later (the next
     * morning's refresh) is the one it ranks next: the window's For you has to follow a newer day (issue 11), the
     * command each run asks the library afresh.
     */
    @Test
    void recommendOnTheLatestDayRanksTheNewestDayOnceItIsImported(@TempDir Path library) {
        for (LocalDate day : List.of(FRIDAY, MONDAY)) {
            assertThat(CliRun.at(WEDNESDAY, library, "import", hfDaily(day)).status()).isZero();
        }
        List<String> friday = ids(CliRun.at(WEDNESDAY, library, "list", "--day", "2026-05-29", "--json"));
        List<String> starred = friday.subList(0, 3);
        List<String> star = new java.util.ArrayList<>(List.of("star"));
        star.addAll(starred);
        assertThat(CliRun.at(WEDNESDAY, library, star.toArray(String[]::new)).status()).isZero();

        List<Map<String, Object>> monday = CliRun.at(WEDNESDAY, library, "recommend", "--day", "latest", "--json")
                .json();
        assertThat(monday).isNotEmpty().allMatch(p -> listedOn(p, "2026-06-01"));

        assertThat(CliRun.at(WEDNESDAY, library, "import", hfDaily(TUESDAY)).status()).isZero();
        List<Map<String, Object>> tuesday = CliRun.at(WEDNESDAY, library, "recommend", "--day", "latest", "--json")
                .json();
        assertThat(tuesday).isNotEmpty().allMatch(p -> listedOn(p, "2026-06-02"));
    }

    /** The Hugging Face daily JSON of {@code day} the set-up wrote. */
    private String hfDaily(LocalDate day) {
        return files.resolve(day.toString()).resolve("hf-daily.json").toString();
    }

    private static boolean listedOn(Map<String, Object> paper, String day) {
        return ((List<?>) paper.get("listings")).stream().anyMatch(l -> day.equals(((Map<?, ?>) l).get("day")));
    }

    private static Integer upvotesOn(Map<String, Object> paper, String day) {
        return ((List<?>) paper.get("listings")).stream().map(l -> (Map<?, ?>) l)
                .filter(l -> day.equals(l.get("day"))).map(l -> (Integer) l.get("upvotes")).findFirst().orElse(null);
    }

    private static Integer bestUpvotes(Map<String, Object> paper) {
        return ((List<?>) paper.get("listings")).stream().map(l -> (Integer) ((Map<?, ?>) l).get("upvotes"))
                .filter(Objects::nonNull).max(Integer::compare).orElse(-1);
    }
}
