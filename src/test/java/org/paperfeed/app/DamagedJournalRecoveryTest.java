package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paperfeed.cli.PaperFeedCli;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperState;

/**
 * A marks journal that was emptied, deleted, cut in half or replaced by an older copy is noticed on open and rebuilt
 * from the marks the index mirrors: every star, tag, read and not-interested mark and every mute rule comes back, the
 * damaged file is kept beside it, and the user is told where and how many marks came back.
 */
class DamagedJournalRecoveryTest {

    /**
     * How the journal is damaged. A_LINE_GARBLED and A_LINE_DELETED take the line that unstarred a paper: replayed
     * without it, the journal had the paper starred again, silently, while the index (and the starred list) did not.
     * A_VALUE_OF_THE_WRONG_TYPE writes {@code "starred":7} in that line, which was read as starred.
     */
    enum Damage { EMPTIED, DELETED, CUT_IN_HALF, OLDER_COPY, A_LINE_GARBLED, A_LINE_DELETED, A_VALUE_OF_THE_WRONG_TYPE }

    @TempDir
    Path data;
    @TempDir
    Path files;

    private Map<String, PaperState> marked;
    private List<MuteRule> rules;
    private byte[] olderCopy;
    /** The paper starred, then unstarred: the line that unstarred it is the one garbled or deleted. */
    private String unstarred;

    private Path journal() {
        return new DataFolder(data).library().resolve("user-state.jsonl");
    }

    private void buildMarkedLibrary() throws Exception {
        Path page = SampleLibrary.copy(SampleLibrary.SAMPLE, files, "page.txt");
        try (AppServices app = SampleLibrary.open(data)) {
            app.imports().importFile(page);
            List<String> ids = app.search().list(PaperFilter.NONE, 8).stream().map(p -> p.id().value()).toList();
            app.marks().star(ids.get(0));
            app.marks().tag(ids.get(1), List.of("Optimal Transport"));
            olderCopy = Files.readAllBytes(journal());
            app.marks().markRead(ids.get(2));
            app.marks().notInterested(ids.get(3));
            app.marks().star(ids.get(4));
            app.marks().tag(ids.get(4), List.of("to-read", "vision"));
            app.marks().markRead(ids.get(4));
            app.marks().starAll(List.of(ids.get(5), ids.get(6)));
            app.marks().unstar(ids.get(6));
            unstarred = ids.get(6);
            app.marks().untag(ids.get(1), List.of("nothing"));
            app.muteRules().add("title:survey");
            app.muteRules().add("author:nobody");
            app.muteRules().remove(app.muteRules().list().get(1).id());
            marked = new LinkedHashMap<>();
            for (String id : ids) {
                marked.put(id, app.search().require(id).state());
            }
            rules = app.muteRules().list();
        }
    }

    private void damage(Damage damage) throws IOException {
        switch (damage) {
            case EMPTIED -> Files.write(journal(), new byte[0]);
            case DELETED -> Files.delete(journal());
            case CUT_IN_HALF -> {
                byte[] bytes = Files.readAllBytes(journal());
                Files.write(journal(), Arrays.copyOf(bytes, bytes.length / 2));
            }
            case OLDER_COPY -> Files.write(journal(), olderCopy);
            case A_LINE_GARBLED, A_LINE_DELETED, A_VALUE_OF_THE_WRONG_TYPE -> {
                List<String> lines = new java.util.ArrayList<>(Files.readAllLines(journal()));
                int unstar = -1;
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("\"type\":\"paper\"") && lines.get(i).contains("\"" + unstarred + "\"")) {
                        unstar = i;
                    }
                }
                assertThat(unstar).as("the unstar's line, not the last").isBetween(1, lines.size() - 2);
                if (damage == Damage.A_LINE_GARBLED) {
                    lines.set(unstar, "GARBAGE{{{");
                } else if (damage == Damage.A_VALUE_OF_THE_WRONG_TYPE) {
                    assertThat(lines.get(unstar)).contains("\"starred\":false");
                    lines.set(unstar, lines.get(unstar).replace("\"starred\":false", "\"starred\":7"));
                } else {
                    lines.remove(unstar);
                }
                Files.write(journal(), lines);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void everyMarkComesBackAndTheDamagedJournalIsKept(Damage damage) throws Exception {
        buildMarkedLibrary();
        boolean existed = damage != Damage.DELETED;
        damage(damage);
        byte[] damaged = existed ? Files.readAllBytes(journal()) : null;

        try (AppServices app = SampleLibrary.open(data)) {
            MarksRecovered recovered = app.marksRecovered().orElseThrow();
            assertThat(recovered.marks()).isEqualTo(6);
            assertThat(recovered.muteRules()).isEqualTo(1);
            assertThat(recovered.message()).startsWith("The marks journal was damaged (")
                    .contains("rebuilt it from the index: 6 marked papers and 1 mute rule came back.");
            assertThat(recovered.setAsideJournal().isPresent()).isEqualTo(existed);
            if (existed) {
                Path aside = recovered.setAsideJournal().orElseThrow();
                assertThat(aside.getFileName().toString()).startsWith("user-state.jsonl.damaged-");
                assertThat(aside).hasBinaryContent(damaged);
                assertThat(recovered.message()).endsWith("The damaged journal was kept in " + aside + ".");
            }
            assertMarks(app);
        }
        try (AppServices again = SampleLibrary.open(data)) {
            assertThat(again.marksRecovered()).as("a rebuilt journal is sound").isEmpty();
            assertMarks(again);
            again.marks().markUnread(marked.keySet().iterator().next());
        }
        try (AppServices after = SampleLibrary.open(data)) {
            assertThat(after.marksRecovered()).as("and keeps being written").isEmpty();
            assertThat(after.search().require(marked.keySet().iterator().next()).state().read()).isFalse();
        }
    }

    /**
     * The log says where a damaged journal was kept, and for a missing one that there was none to keep: it said "the
     * damaged file is null". The sentence the user sees names no file then.
     */
    @ParameterizedTest
    @EnumSource(value = Damage.class, names = {"DELETED", "EMPTIED"})
    void theLogSaysWhereTheDamagedJournalWasKeptOrThatItWasMissing(Damage damage) throws Exception {
        buildMarkedLibrary();
        damage(damage);
        String[] told = new String[1];
        List<String> lines = org.paperfeed.support.LoggedLines.of(org.paperfeed.library.PaperLibrary.class, () -> {
            try (AppServices app = SampleLibrary.open(data)) {
                told[0] = app.marksRecovered().orElseThrow().message();
            }
        }).stream().filter(line -> line.startsWith("The marks journal")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).doesNotContain("null").contains("rebuilt 6 marked papers and 1 mute rule from");
        assertThat(told[0]).doesNotContain("null");
        if (damage == Damage.DELETED) {
            assertThat(lines.get(0)).endsWith("; there was no file to keep");
            assertThat(told[0]).contains("(it was missing").doesNotContain("kept in");
        } else {
            assertThat(lines.get(0)).contains("; the damaged file was kept as ").contains("user-state.jsonl.damaged-");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Damage.class, names = {"EMPTIED", "CUT_IN_HALF"})
    void theCommandLineSaysWhereTheDamagedJournalIsInOneLine(Damage damage) throws Exception {
        buildMarkedLibrary();
        damage(damage);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = PaperFeedCli.run(new String[] {"--data-dir", data.toString(), "tags"},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(status).isZero();
        assertThat(err.toString().lines().toList()).hasSize(1).first().asString()
                .startsWith("paperfeed: The marks journal was damaged (")
                .contains("6 marked papers and 1 mute rule came back")
                .contains("user-state.jsonl.damaged-");
        assertThat(out.toString()).contains("optimal transport", "to-read", "vision");
        try (Stream<Path> kept = Files.list(journal().getParent())) {
            assertThat(kept.filter(p -> p.getFileName().toString().startsWith("user-state.jsonl.damaged-")))
                    .hasSize(1);
        }
    }

    private void assertMarks(AppServices app) throws Exception {
        for (Map.Entry<String, PaperState> e : marked.entrySet()) {
            LibraryPaper paper = app.search().require(e.getKey());
            assertThat(paper.state()).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(app.muteRules().list()).isEqualTo(rules);
    }
}
