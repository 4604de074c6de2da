package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;

class ImportPapersTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    @Test
    void theSamplePageGivesItsSeventyFourPapers() throws Exception {
        Path page = SampleLibrary.copy(SampleLibrary.SAMPLE, files, "hf-papers-page.txt");
        try (AppServices app = SampleLibrary.open(data)) {
            ImportReport report = app.imports().importFile(page);
            assertThat(report.summary()).isEqualTo(page + ": 74 new, 0 updated");
            assertThat(app.search().size()).isEqualTo(74);
        }
    }

    @Test
    void importingTwiceThenAsHfJsonKeepsOneCopyOfEachPaperAndEveryMark() throws Exception {
        Path page = SampleLibrary.copy(SampleLibrary.SAMPLE, files, "page.txt");
        Path json = SampleLibrary.copy("/org/paperfeed/app/hf-daily-overlap.json", files, "daily.json");
        try (AppServices app = SampleLibrary.open(data)) {
            app.imports().importFile(page);
            LibraryPaper schrodinger = only(app, "title:schrodinger");
            LibraryPaper sinkhorn = only(app, "sinkhorn");
            app.marks().star(schrodinger.id().value());
            app.marks().tag(schrodinger.id().value(), List.of("Optimal Transport"));
            app.marks().tag(sinkhorn.id().value(), List.of("optimal transport", "to-read"));
            app.marks().markRead(sinkhorn.id().value());

            assertThat(app.imports().importFile(page).summary()).endsWith(": 0 new, 0 updated");
            ImportReport fromJson = app.imports().importFile(json);

            assertThat(fromJson.added()).isEqualTo(1);
            assertThat(fromJson.updated()).isEqualTo(2);
            assertThat(app.search().size()).isEqualTo(75);
        }
        try (AppServices reopened = SampleLibrary.open(data)) {
            LibraryPaper schrodinger = reopened.search().require("2206.01234");
            assertThat(schrodinger.state().starred()).isTrue();
            assertThat(schrodinger.state().tags()).containsExactly("optimal transport");
            assertThat(schrodinger.paper().authors()).containsExactly("Yunyi Shen", "Renato Berlinghieri");
            LibraryPaper sinkhorn = reopened.search().require("arXiv:2305.09876v2");
            assertThat(sinkhorn.state().tags()).containsExactlyInAnyOrder("optimal transport", "to-read");
            assertThat(sinkhorn.state().read()).isTrue();
            assertThat(reopened.search().list(new PaperFilter(false, false, "Optimal Transport"), 10))
                    .extracting(p -> p.id().value()).containsExactlyInAnyOrder("2206.01234", "2305.09876");
            assertThat(reopened.search().list(new PaperFilter(true, false, null), 10))
                    .extracting(p -> p.id().value()).containsExactly("2206.01234");
        }
    }

    @Test
    void aFileThatIsNotADigestLeavesTheLibraryAsItWas() throws Exception {
        Path page = SampleLibrary.copy(SampleLibrary.SAMPLE, files, "page.txt");
        Path binary = files.resolve("photo.jpg");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3, 0, 0, (byte) 0x89});
        try (AppServices app = SampleLibrary.open(data)) {
            app.imports().importFile(page);
            String starred = only(app, "sinkhorn").id().value();
            app.marks().star(starred);

            assertThatThrownBy(() -> app.imports().importFile(binary))
                    .isInstanceOf(ImportFailedException.class).hasMessageStartingWith(binary.toString() + ": ");
            assertThatThrownBy(() -> app.imports().importFile(files.resolve("missing.txt")))
                    .hasMessage(files.resolve("missing.txt") + ": no such file");

            assertThat(app.search().size()).isEqualTo(74);
            assertThat(app.search().require(starred).state().starred()).isTrue();
        }
    }

    private static LibraryPaper only(AppServices app, String query) throws PaperFeedException {
        var hits = app.search().search(query, PaperFilter.NONE, org.paperfeed.model.SortOrder.RELEVANCE, 10).hits();
        assertThat(hits).as(query).hasSize(1);
        return hits.get(0).entry();
    }
}
