package org.paperfeed.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.RefreshConfig;
import org.paperfeed.cli.CliRun;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.ui.PaperFeedApplication;
import org.paperfeed.ui.Startup;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window open while a command runs: reading commands show the library as the other process last saved it,
 * changing commands say in one line that the library is in use, and the library is never corrupted. The other way
 * round, a window started while a command holds the library says so in the window.
 */
class TwoProcessesTest {

    private static final String IN_USE = "is open in another PaperFeed process; close it and try again";

    @TempDir
    Path work;

    private DataFolder data;
    private Path inputs;

    @BeforeEach
    void libraryWithOneStarredPaper() throws Exception {
        inputs = work.resolve("inputs");
        Corpus.write(inputs);
        data = new DataFolder(work.resolve("data"));
        Corpus.importAndMark(inputs, data);
    }

    @Test
    void whileAnotherProcessHoldsTheLibraryReadsWorkAndChangesAreRefusedInOneLine() throws Exception {
        try (ChildProcess window = ChildProcess.start("hold", data.path().toString())) {
            assertThat(window.awaitLine("READY", 60_000)).as("the other process opened the library").isTrue();

            for (String[] change : List.of(new String[] {"star", Corpus.id(2)},
                    new String[] {"tag", Corpus.id(2), "ideas"}, new String[] {"read", Corpus.id(2)},
                    new String[] {"import", Corpus.file(inputs, 1).toString()})) {
                CliRun result = cli(change);
                assertThat(result.status()).as(change[0]).isEqualTo(1);
                assertThat(result.out()).as(change[0]).isEmpty();
                assertThat(result.err().lines().toList()).as(change[0]).hasSize(1).first().asString()
                        .startsWith("paperfeed: ").contains(IN_USE).doesNotContain("Exception", "\tat ");
            }

            CliRun list = cli("list", "--starred");
            assertThat(list.status()).isZero();
            assertThat(list.out()).contains(Corpus.id(0)).doesNotContain(Corpus.id(2));
            assertThat(list.err().strip()).isEqualTo(
                    "paperfeed: the library is open in another PaperFeed process; showing it as last saved");
            assertThat(cli("search", "durable").out().lines().filter(l -> l.startsWith("2401.")).count()).isEqualTo(10);
            assertThat(cli("show", Corpus.id(1)).out()).contains("tags:", "survey");
            assertThat(cli("tags").out()).contains("survey");
            assertThat(cli("export", "--format", "bibtex").out()).contains("eprint = {" + Corpus.id(0) + "}");

            assertThat(window.isAlive()).isTrue();
            assertThat(window.closeInputAndWait()).as("the other process closed cleanly").isZero();
        }
        assertUnchangedAndClean();
        assertThat(cli("star", Corpus.id(2)).status()).as("free again once the other process closed").isZero();
    }

    @Test
    void aWindowOpenedWhileACommandHoldsTheLibrarySaysSoInsteadOfFailing() throws Exception {
        try (ChildProcess command = ChildProcess.start("hold", data.path().toString())) {
            assertThat(command.awaitLine("READY", 60_000)).as("the other process opened the library").isTrue();
            Stage stage = FxToolkit.registerPrimaryStage();
            Application window = FxToolkit.setupApplication(() -> new PaperFeedApplication(
                    new Startup(data.path(), Clock.systemUTC(), RefreshConfig.defaults(), url -> { })));
            try {
                String shown = WaitForAsyncUtils.asyncFx(() -> ((Label) stage.getScene().getRoot()).getText()).get();
                assertThat(shown).startsWith("PaperFeed cannot open its library.").contains(IN_USE)
                        .doesNotContain("Exception", "\tat ");
            } finally {
                FxToolkit.cleanupApplication(window);
            }
            assertThat(command.closeInputAndWait()).as("the other process closed cleanly").isZero();
        }
        assertUnchangedAndClean();
    }

    @Test
    void twoOpensInOneProcessAreTheSameAsTwoProcesses() throws Exception {
        try (AppServices writer = AppServices.open(data, Clock.systemUTC())) {
            assertThatThrownBy(() -> AppServices.open(data, Clock.systemUTC()))
                    .isInstanceOf(PaperFeedException.class).hasMessageContaining(IN_USE);
            try (AppServices reader = AppServices.openForReading(data, Clock.systemUTC())) {
                assertThat(reader.readOnly()).isTrue();
                assertThat(reader.search().size()).isEqualTo(10);
                assertThatThrownBy(() -> reader.marks().star(Corpus.id(3))).isInstanceOf(PaperFeedException.class)
                        .hasMessageContaining(IN_USE);
                assertThatThrownBy(() -> reader.imports().importFile(Corpus.file(inputs, 1)))
                        .isInstanceOf(PaperFeedException.class).hasMessageContaining("open in another PaperFeed process");

                writer.marks().star(Corpus.id(4));
                assertThat(reader.search().require(Corpus.id(4)).state().starred())
                        .as("a view shows the library as it was when opened").isFalse();
            }
            try (AppServices later = AppServices.openForReading(data, Clock.systemUTC())) {
                assertThat(later.search().require(Corpus.id(4)).state().starred())
                        .as("a new view shows the writer's last commit").isTrue();
                assertThat(later.search().list(new PaperFilter(true, false, null), 100)).hasSize(2);
            }
        }
        try (AppServices alone = AppServices.openForReading(data, Clock.systemUTC())) {
            assertThat(alone.readOnly()).as("alone, a reading command opens the library normally").isFalse();
        }
    }

    @Test
    void aReadOnlyViewIgnoresATornLastLineWithoutCuttingItOff() throws Exception {
        Path journal = data.library().resolve("user-state.jsonl");
        try (AppServices writer = AppServices.open(data, Clock.systemUTC())) {
            Files.writeString(journal, "{\"seq\":99,\"id\":\"2401.1", java.nio.file.StandardOpenOption.APPEND);
            long size = Files.size(journal);
            try (AppServices reader = AppServices.openForReading(data, Clock.systemUTC())) {
                assertThat(reader.search().require(Corpus.id(0)).state().starred()).isTrue();
            }
            assertThat(Files.size(journal)).as("the writer's file is not the reader's to repair").isEqualTo(size);
        }
    }

    private void assertUnchangedAndClean() throws Exception {
        try (FSDirectory directory = FSDirectory.open(data.library().resolve("index"));
             CheckIndex check = new CheckIndex(directory)) {
            assertThat(check.checkIndex().clean).isTrue();
        }
        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            assertThat(app.recovered()).isEmpty();
            assertThat(app.search().size()).isEqualTo(10);
            assertThat(app.search().list(new PaperFilter(true, false, null), 100)).extracting(p -> p.id().value())
                    .containsExactly(Corpus.id(0));
            assertThat(app.search().require(Corpus.id(2)).state().isUntouched()).isTrue();
        }
    }

    private CliRun cli(String... args) {
        return CliRun.of(data.path(), args);
    }
}
