package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.library.DigestArchive;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.Listing;
import org.paperfeed.model.PaperFilter;

/**
 * "Remove sample" deletes the sample papers nothing else listed and the user never marked, keeps the others, and the
 * sample stays gone: its kept digest is dropped (an index rebuild cannot bring it back) and the choice is recorded.
 */
class RemoveSampleTest {

    private static final LocalDate PAGE_DAY = LocalDate.of(2025, 3, 11);

    @TempDir
    Path data;
    @TempDir
    Path files;

    @Test
    void removesUnmarkedSampleOnlyPapersKeepsMarkedAndSharedOnesAndStaysGone() throws Exception {
        String starred;
        String noted;
        String dismissed;
        String readOnly;
        List<String> shared;
        int sampleOnly;
        try (AppServices app = SampleLibrary.open(data)) {
            assertThat(app.sample().removed()).isFalse();
            app.imports().importBytesAsOf(SampleLibrary.resource(SampleLibrary.SAMPLE), RemoveSample.ORIGIN,
                    RemoveSample.SOURCE, "text/plain", PAGE_DAY);
            app.imports().importFile(SampleLibrary.copy("/org/paperfeed/app/hf-daily-overlap.json", files,
                    "daily.json"));
            List<LibraryPaper> onlySample = app.search().list(PaperFilter.NONE, 200).stream()
                    .filter(p -> p.paper().listings().stream().map(Listing::source)
                            .allMatch(RemoveSample.SOURCE::equals))
                    .sorted(Comparator.comparing(p -> p.id().value())).toList();
            shared = app.search().list(PaperFilter.NONE, 200).stream()
                    .filter(p -> p.paper().listings().stream().map(Listing::source).anyMatch(RemoveSample.SOURCE::equals)
                            && !onlySample.contains(p))
                    .map(p -> p.id().value()).toList();
            assertThat(shared).as("the daily digest lists some sample papers too").isNotEmpty();
            sampleOnly = onlySample.size();
            starred = onlySample.get(0).id().value();
            noted = onlySample.get(1).id().value();
            dismissed = onlySample.get(2).id().value();
            readOnly = onlySample.get(3).id().value();
            app.marks().star(starred);
            app.notes().set(noted, "worth a look");
            app.marks().notInterested(dismissed);
            app.marks().markRead(readOnly);

            RemoveSample.Preview preview = app.sample().preview();
            assertThat(preview.marked()).extracting(id -> id.value())
                    .containsExactlyInAnyOrder(starred, noted, dismissed);
            assertThat(preview.shared()).extracting(id -> id.value()).containsExactlyInAnyOrderElementsOf(shared);

            RemoveSample.Result result = app.sample().remove();

            assertThat(result.removed()).isEqualTo(sampleOnly - 3);
            assertThat(result.keptMarked()).isEqualTo(3);
            assertThat(result.digestsForgotten()).isEqualTo(1);
            assertRemoved(app, starred, noted, dismissed, readOnly, shared);
            assertThat(new DigestArchive(new DataFolder(data).digests(), java.time.Clock.systemUTC(), Long.MAX_VALUE,
                    java.time.Duration.ofDays(3650)).all())
                    .as("no kept digest is the sample's").noneMatch(d -> RemoveSample.ORIGIN.equals(d.origin()));
        }

        try (AppServices app = SampleLibrary.open(data)) {
            assertThat(app.sample().removed()).as("a restart remembers the sample was removed").isTrue();
            assertRemoved(app, starred, noted, dismissed, readOnly, shared);
        }

        deleteIndex();
        try (AppServices app = SampleLibrary.open(data)) {
            assertThat(app.recovered()).as("the missing index was rebuilt from the kept digests").isPresent();
            assertThat(app.search().find(readOnly)).as("a rebuild does not bring back a removed paper").isEmpty();
            assertThat(app.search().find(starred)).as("nor loses a kept, marked one").get()
                    .satisfies(p -> assertThat(p.state().starred()).isTrue());
            assertThat(app.search().find(noted)).get().satisfies(p -> assertThat(p.state().note())
                    .isEqualTo("worth a look"));
            assertThat(app.search().find(dismissed)).get().satisfies(p -> assertThat(p.state().notInterested())
                    .isTrue());
            assertThat(app.search().list(PaperFilter.NONE, 200))
                    .noneMatch(p -> p.paper().listings().stream().map(Listing::source)
                            .allMatch(RemoveSample.SOURCE::equals) && !p.paper().listings().isEmpty()
                            && !List.of(starred, noted, dismissed).contains(p.id().value()));
            assertThat(app.search().list(PaperFilter.NONE, 200)).extracting(p -> p.id().value())
                    .containsAll(shared);
            assertThat(app.sample().removed()).isTrue();
        }
    }

    private static void assertRemoved(AppServices app, String starred, String noted, String dismissed,
                                      String readOnly, List<String> shared) throws Exception {
        assertThat(app.search().find(readOnly)).as("read is not a mark: the paper goes").isEmpty();
        assertThat(app.search().find(starred)).isPresent();
        assertThat(app.search().find(noted)).isPresent();
        assertThat(app.search().find(dismissed)).isPresent();
        List<String> left = app.search().list(PaperFilter.NONE, 200).stream().map(p -> p.id().value()).toList();
        assertThat(left).containsAll(shared);
        assertThat(app.sample().preview().removable()).as("nothing unmarked of the sample is left").isEmpty();
    }

    private void deleteIndex() throws Exception {
        Path index = new DataFolder(data).library().resolve("index");
        try (Stream<Path> all = Files.walk(index)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
