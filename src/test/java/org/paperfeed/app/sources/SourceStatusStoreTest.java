package org.paperfeed.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.ingest.DigestFormat;

/** source-status.json: what each source's refreshes did, kept across runs, never in the way of a refresh. */
class SourceStatusStoreTest {

    private static final Instant MONDAY = Instant.parse("2024-03-11T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2024-03-12T09:00:00Z");

    @TempDir
    Path dir;

    private SourceStatusStore store() {
        return new SourceStatusStore(dir.resolve("source-status.json"));
    }

    @Test
    void startsAsNeverRefreshed() {
        SourceStatus status = store().get("HF");

        assertThat(status.state()).isEqualTo(SourceStatus.State.NEVER);
        assertThat(status.describe()).isEqualTo("never refreshed");
    }

    @Test
    void keepsTheLastSuccessThroughAFailureAndAcrossRuns() {
        SourceStatusStore store = store();
        store.record(RefreshReport.imported("HF", 3, 1, "5d41402a"), MONDAY);
        store.record(RefreshReport.failed("hf", "offline: cannot reach huggingface.co", true), TUESDAY);

        SourceStatus status = store().get("Hf");

        assertThat(status).isEqualTo(new SourceStatus("HF", TUESDAY, MONDAY, "offline: cannot reach huggingface.co",
                true, 3, 1, false, "5d41402a"));
        assertThat(status.state()).isEqualTo(SourceStatus.State.OFFLINE);
        assertThat(status.describe()).isEqualTo("failed: offline: cannot reach huggingface.co");
    }

    @Test
    void recordsNotModifiedAsASuccessAndSkippedAsNothing() {
        SourceStatusStore store = store();
        store.record(RefreshReport.notModified("arXiv", "5d41402a"), MONDAY);
        store.record(RefreshReport.skipped("arXiv", "does not support dates"), TUESDAY);

        SourceStatus status = store().get("arXiv");

        assertThat(status.state()).isEqualTo(SourceStatus.State.OK);
        assertThat(status.lastAttempt()).isEqualTo(MONDAY);
        assertThat(status.describe()).isEqualTo("not modified");
        assertThat(status.importedHash()).isEqualTo("5d41402a");
    }

    @Test
    void forgetsARemovedSource() {
        SourceStatusStore store = store();
        store.record(RefreshReport.failed("Old", "not found (404)", false), MONDAY);
        store.forget("OLD");

        assertThat(store().get("Old").state()).isEqualTo(SourceStatus.State.NEVER);
    }

    @Test
    void startsAfreshFromAnUnreadableFile() throws Exception {
        Files.writeString(dir.resolve("source-status.json"), "{\"sources\": [{\"name\": \"HF\", \"lastAttempt\": \"yesterday\"}]}");
        SourceStatusStore store = store();

        assertThat(store.get("HF").state()).isEqualTo(SourceStatus.State.NEVER);
        store.record(RefreshReport.imported("HF", 1, 0, "5d41402a"), MONDAY);
        assertThat(store().get("HF").describe()).isEqualTo("1 new, 0 updated");
    }

    @Test
    void keepsTheDaysFetchedAndTheDetectedFormatAcrossRuns() throws Exception {
        SourceStatusStore store = store();
        LocalDate oldest = LocalDate.of(2024, 1, 1);
        for (int day : new int[] {8, 9, 10, 11, 13}) {
            store.recordDayFetched("HF", LocalDate.of(2024, 3, day), oldest);
        }
        store.recordDetectedFormat("hf", DigestFormat.HF_DAILY_JSON);
        store.record(RefreshReport.imported("HF", 3, 1, "5d41402a"), MONDAY);

        SourceStatus status = store().get("HF");

        assertThat(status.daysFetched().days()).containsExactly(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 9),
                LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 13));
        assertThat(status.detectedFormat()).isEqualTo(DigestFormat.HF_DAILY_JSON);
        assertThat(Files.readString(dir.resolve("source-status.json")))
                .contains("\"hf-daily-json\"", "\"2024-03-08/2024-03-11\"", "\"2024-03-13\"");
    }

    @Test
    void forgetsDaysNoRefreshReachesAnyMore() {
        SourceStatusStore store = store();
        store.recordDayFetched("HF", LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 1));
        store.recordDayFetched("HF", LocalDate.of(2024, 3, 8), LocalDate.of(2024, 1, 1));

        assertThat(store().get("HF").daysFetched().days()).containsExactly(LocalDate.of(2024, 3, 8));
    }

    @Test
    void readsAnOlderFileWithoutDaysAndAFormatItDoesNotKnow() throws Exception {
        Files.writeString(dir.resolve("source-status.json"), """
                {"version": 1, "sources": [{"name": "HF", "lastAttempt": "2024-03-11T09:00:00Z",
                  "lastSuccess": "2024-03-11T09:00:00Z", "added": 2, "detectedFormat": "from-the-future"}]}
                """);

        SourceStatus status = store().get("HF");

        assertThat(status.lastSuccess()).isEqualTo(MONDAY);
        assertThat(status.daysFetched()).isEqualTo(FetchedDays.NONE);
        assertThat(status.detectedFormat()).isNull();
    }
}
