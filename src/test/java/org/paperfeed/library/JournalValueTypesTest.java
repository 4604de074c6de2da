package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;

/**
 * A journal entry holding a value of the wrong type ({@code "read":7} where true or false belongs, a string where the
 * tags' list belongs) is a damaged entry, as a line that is not JSON at all is: the journal is rebuilt from the index
 * and the damaged file kept, rather than the value guessed at ({@code "read":7} was read as read, {@code "starred":1}
 * as starred, silently, while the index said otherwise).
 */
class JournalValueTypesTest {

    @TempDir
    Path folder;

    private static final PaperId A = PaperId.fromTitle("Paper A");
    private static final PaperId B = PaperId.fromTitle("Paper B");

    /** Library with A read then unread, tagged then untagged, B starred, one journal line each; returns the journal. */
    private Path library() throws Exception {
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            library.add(List.of(Papers.titled("Paper A", "Abstract A"), Papers.titled("Paper B", "Abstract B")));
            library.updateState(A, s -> s.withRead(true).withTags(List.of("ml")));
            library.updateState(A, s -> s.withRead(false).withoutTags(List.of("ml")));
            library.updateState(B, s -> s.withStarred(true));
        }
        return folder.resolve("user-state.jsonl");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "\"read\":false|\"read\":7",
        "\"read\":false|\"read\":\"false\"",
        "\"read\":false|\"read\":null",
        "\"starred\":false|\"starred\":1",
        "\"notInterested\":false|\"notInterested\":[]",
        "\"tags\":[]|\"tags\":\"ml\"",
        "\"tags\":[]|\"tags\":[7]",
        "\"tags\":[]|\"tags\":{}",
        "\"seq\":2|\"seq\":\"2\"",
    })
    void aValueOfTheWrongTypeIsADamagedEntryNotAGuess(String was, String garbled) throws Exception {
        Path journal = library();
        List<String> lines = new ArrayList<>(Files.readAllLines(journal, StandardCharsets.UTF_8));
        int unread = 2; // the format line, A read, A unread, B starred
        assertThat(lines).hasSize(4);
        assertThat(lines.get(unread)).contains(A.value(), was);
        lines.set(unread, lines.get(unread).replace(was, garbled));
        Files.write(journal, lines, StandardCharsets.UTF_8);

        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            JournalRecovery recovery = library.recoveredJournal().orElseThrow();
            assertThat(recovery.problem()).isEqualTo("entry 2 is missing or unreadable");
            assertThat(recovery.setAside()).isRegularFile();
            assertThat(library.get(A).orElseThrow().state()).isEqualTo(PaperState.UNTOUCHED);
            assertThat(library.get(B).orElseThrow().state().starred()).isTrue();
        }
        try (UserStateStore rebuilt = UserStateStore.openReadOnly(journal)) {
            assertThat(rebuilt.get(A)).as("the rebuilt journal says what the index does").isEqualTo(
                    PaperState.UNTOUCHED);
            assertThat(rebuilt.get(B).starred()).isTrue();
        }
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            assertThat(library.recoveredJournal()).as("rebuilt once").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a batch's papers a string|{\"type\":\"batch\",\"seq\":2,\"papers\":\"A\"}",
        "a batch's paper a number|{\"type\":\"batch\",\"seq\":2,\"papers\":[7]}",
        "a note's text a number|{\"type\":\"note\",\"seq\":2,\"id\":\"ID\",\"text\":7}",
        "an id a number|{\"type\":\"paper\",\"seq\":2,\"id\":7,\"read\":true}",
        "a mute rule's query an array|{\"type\":\"mute-add\",\"seq\":2,\"id\":\"m1\",\"query\":[\"x\"]}",
        "saved searches an object|{\"type\":\"search-import\",\"seq\":2,\"searches\":{}}",
    })
    void everyKindOfEntryIsReadTheSameWay(String what, String line) throws Exception {
        Path journal = folder.resolve("user-state.jsonl");
        Files.write(journal, List.of("{\"type\":\"format\",\"version\":2,\"seq\":0,\"nextMuteRule\":1}",
                "{\"type\":\"paper\",\"seq\":1,\"id\":\"" + A.value() + "\",\"starred\":true}",
                line.replace("ID", A.value()),
                "{\"type\":\"paper\",\"seq\":3,\"id\":\"" + B.value() + "\",\"starred\":true}"),
                StandardCharsets.UTF_8);

        try (UserStateStore store = UserStateStore.openReadOnly(journal)) {
            assertThat(store.damage()).contains("entry 2 is missing or unreadable");
            assertThat(store.get(A)).isEqualTo(new PaperState(true, false, java.util.Set.of()));
            assertThat(store.muteRules()).isEmpty();
            assertThat(store.savedSearches()).isEmpty();
        }
    }
}
