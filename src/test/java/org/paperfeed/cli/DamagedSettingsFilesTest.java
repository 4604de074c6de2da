package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.DailyPapersServer;

/**
 * A settings file the command line reads that cannot be read ({@code preferences.json} for a refresh's catch-up days,
 * {@code for-you.json} for {@code recommend}) costs nothing but its settings: the command runs with the defaults and
 * exits as it would, the file is set aside as {@code NAME.damaged-<time>}, and stderr says so in one
 * {@code paperfeed:} line, once. It was a log line ({@code WARN  o.p.a.p.JsonStore - …}).
 */
class DamagedSettingsFilesTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path data;

    private static final Clock MONDAY = Clock.fixed(Instant.parse("2024-03-11T12:00:00Z"), ZoneOffset.UTC);
    private static final Clock THURSDAY = Clock.fixed(Instant.parse("2024-03-14T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void aRefreshThatCatchesUpWithADamagedPreferencesFileUsesTheDefaultAndSaysSoInOneLine() throws Exception {
        server.setDispatcher(DailyPapersServer.weekdays());
        Files.writeString(data.resolve("sources.json"), """
                {"version": 1, "sources": [
                  {"name": "HF", "url": "%s", "format": "hf-daily-json", "enabled": true}
                ]}
                """.formatted(server.url("/api/daily_papers")));
        CliRun first = CliRun.at(MONDAY, data, "refresh");
        assertThat(first.status()).as(first.err()).isZero();
        String damaged = "{\"theme\": \"DARK\", \"catchUpDays\": 1, \"window\": {\"width\": 3";
        Files.writeString(data.resolve("preferences.json"), damaged);

        CliRun catchingUp = CliRun.at(THURSDAY, data, "refresh");

        assertThat(catchingUp.status()).as(catchingUp.err()).isZero();
        assertThat(catchingUp.out()).as("the default catch-up, not the damaged file's one day")
                .startsWith("HF: 4 days, ");
        assertThat(catchingUp.err().lines().toList()).as(catchingUp.err()).singleElement().asString()
                .startsWith("paperfeed: preferences.json could not be read (")
                .contains("); using defaults, and the unreadable file was kept in "
                        + data.resolve("preferences.json.damaged-"));
        assertThat(setAside("preferences.json")).singleElement()
                .satisfies(copy -> assertThat(copy).hasContent(damaged));
        CliRun again = CliRun.at(THURSDAY, data, "refresh");
        assertThat(again.err()).as("said once").isEmpty();
    }

    @Test
    void recommendWithADamagedForYouFileUsesTheDefaultsAndSaysSoInOneLine() throws Exception {
        assertThat(CliRun.of(data, "days").status()).isZero(); // a library with its sample
        Files.writeString(data.resolve("for-you.json"), "{\"disabled\": [", StandardCharsets.UTF_8);

        CliRun recommend = CliRun.of(data, "recommend");

        assertThat(recommend.status()).as(recommend.err()).isZero();
        List<String> problems = recommend.err().lines().filter(line -> line.contains("for-you.json")).toList();
        assertThat(problems).as(recommend.err()).singleElement().asString()
                .startsWith("paperfeed: for-you.json could not be read (")
                .contains("); interests you had switched off in For you are on again and any reset is undone, "
                        + "and the unreadable file was kept in " + data.resolve("for-you.json.damaged-"));
        assertThat(recommend.err()).doesNotContain("WARN");
        assertThat(setAside("for-you.json")).hasSize(1);
        assertThat(CliRun.of(data, "recommend").err()).doesNotContain("for-you.json");
    }

    private List<Path> setAside(String name) throws Exception {
        try (Stream<Path> all = Files.list(data)) {
            return all.filter(p -> p.getFileName().toString().startsWith(name + ".damaged-")).toList();
        }
    }
}
