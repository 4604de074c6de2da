package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.support.DurableFiles;

/** The user-state journal: typed lines, atomic batches, lines it does not understand kept verbatim, durable writes. */
class UserStateJournalTest {

    private static final PaperId A = PaperId.arxiv("2403.00001");
    private static final PaperId B = PaperId.arxiv("2403.00002");
    private static final PaperId C = PaperId.arxiv("2403.00003");
    private static final PaperState STARRED = PaperState.UNTOUCHED.withStarred(true);
    private static final PaperState READ = PaperState.UNTOUCHED.withRead(true);

    /** Lines a later version might write: new types, odd spacing, non-ASCII, even a line that is not JSON. */
    private static final List<String> FOREIGN = List.of(
            "{\"type\":\"saved-search\",\"seq\":3,\"id\":\"s1\",\"name\":\"Mes articles\",\"query\":\"cat:cs.LG\"}",
            "{ \"type\" : \"highlight\",  \"id\":\"2403.00001\", \"text\":\"relire §3 — 注意\" }",
            "not json at all \u0001",
            "{\"type\":\"paper\",\"seq\":4,\"id\":\"2403.00009\",\"tags\":[\"\"]}");

    @TempDir
    Path folder;

    private Path journal() {
        return folder.resolve("user-state.jsonl");
    }

    @Test
    void aNewJournalStartsWithItsFormatVersion() throws Exception {
        try (UserStateStore store = UserStateStore.open(journal())) {
            store.put(A, STARRED);
        }
        List<String> lines = Files.readAllLines(journal());
        assertThat(lines.get(0)).startsWith("{\"type\":\"format\",\"version\":2");
        assertThat(lines.get(1)).startsWith("{\"type\":\"paper\"");
    }

    @Test
    void aBatchIsOneLineAndATornBatchAppliesNothing() throws Exception {
        try (UserStateStore store = UserStateStore.open(journal())) {
            store.put(A, READ);
        }
        long beforeBatch = Files.size(journal());
        try (UserStateStore store = UserStateStore.open(journal())) {
            Map<PaperId, PaperState> batch = new LinkedHashMap<>();
            batch.put(A, STARRED);
            batch.put(B, STARRED);
            batch.put(C, STARRED.withTags(List.of("ml")));
            store.putAll(batch);
        }
        assertThat(Files.readAllLines(journal())).hasSize(3);
        byte[] whole = Files.readAllBytes(journal());

        // A crash in the middle of writing the batch: every prefix of the line, and the line without its newline.
        for (long cut = beforeBatch + 1; cut < whole.length; cut += 17) {
            Files.write(journal(), java.util.Arrays.copyOf(whole, (int) cut));
            try (UserStateStore store = UserStateStore.open(journal())) {
                assertThat(store.get(A)).as("cut at %d", cut).isEqualTo(READ);
                assertThat(store.get(B)).isEqualTo(PaperState.UNTOUCHED);
                assertThat(store.get(C)).isEqualTo(PaperState.UNTOUCHED);
            }
            assertThat(Files.size(journal())).as("the torn line is cut off").isEqualTo(beforeBatch);
        }
        Files.write(journal(), whole);
        try (UserStateStore store = UserStateStore.open(journal())) {
            assertThat(store.get(A)).isEqualTo(STARRED);
            assertThat(store.get(C).tags()).containsExactly("ml");
        }
    }

    @Test
    void linesItDoesNotUnderstandSurviveReplayAndCompactionByteForByte() throws Exception {
        List<String> written = new ArrayList<>();
        written.add("{\"type\":\"format\",\"version\":2,\"seq\":0,\"nextMuteRule\":1}");
        written.add("{\"seq\":1,\"id\":\"2403.00001\",\"starred\":true,\"read\":false,\"tags\":[],\"renamedTo\":null}");
        written.add(FOREIGN.get(0));
        written.add("{\"type\":\"paper\",\"seq\":2,\"id\":\"2403.00002\",\"read\":true,\"notInterested\":true}");
        written.addAll(FOREIGN.subList(1, FOREIGN.size()));
        written.add("{\"type\":\"paper\",\"seq\":5,\"id\":\"2403.00001\",\"starred\":true,\"read\":true}");
        Files.write(journal(), (String.join("\n", written) + "\n").getBytes(StandardCharsets.UTF_8));

        try (UserStateStore store = UserStateStore.open(journal())) {
            assertThat(store.keptLines()).containsExactlyElementsOf(FOREIGN);
            store.compact(DurableFiles.Opener.FILES);
            store.put(C, STARRED);
        }
        List<String> compacted = Files.readAllLines(journal(), StandardCharsets.UTF_8);
        assertThat(compacted).containsSubsequence(FOREIGN);
        assertThat(compacted).doesNotContain(written.get(1));
        try (UserStateStore store = UserStateStore.open(journal())) {
            assertThat(store.keptLines()).containsExactlyElementsOf(FOREIGN);
            assertThat(store.get(A)).isEqualTo(STARRED.withRead(true));
            assertThat(store.get(B)).isEqualTo(READ.withNotInterested(true));
            assertThat(store.get(C)).isEqualTo(STARRED);
            assertThat(store.lastSeq()).as("sequence numbers never go back").isEqualTo(6);
        }
    }

    @Test
    void aNumberTooBigForItsFieldDoesNotStopTheJournalOpening() throws Exception {
        Files.writeString(journal(), "{\"type\":\"format\",\"version\":2,\"seq\":1,\"nextMuteRule\":1e400}\n"
                + "{\"type\":\"paper\",\"seq\":6666666666666666666666666662,\"id\":\"2403.00001\",\"starred\":true}\n"
                + "{\"type\":\"paper\",\"seq\":3,\"id\":\"2403.00002\",\"read\":true}\n", StandardCharsets.UTF_8);
        try (UserStateStore store = UserStateStore.open(journal())) {
            assertThat(store.all()).containsEntry(A, STARRED).containsEntry(B, READ);
        }
    }

    @Test
    void aFormatOneJournalIsReadAndUpgradedToAFormatLine() throws Exception {
        String old = "{\"seq\":1,\"id\":\"t-aaaaaaaaaaaa\",\"starred\":true,\"read\":false,\"tags\":[\"x\"],\"renamedTo\":null}\n"
                + "{\"seq\":2,\"id\":\"t-aaaaaaaaaaaa\",\"starred\":false,\"read\":false,\"tags\":[],\"renamedTo\":\"2403.00001\"}\n"
                + "{\"seq\":3,\"id\":\"2403.00002\",\"starred\":false,\"read\":true,\"tags\":[],\"renamedTo\":null}\n";
        Files.writeString(journal(), old);
        try (UserStateStore store = UserStateStore.open(journal())) {
            assertThat(store.get(A)).isEqualTo(new PaperState(true, false, Set.of("x")));
            assertThat(store.get(B)).isEqualTo(READ);
            assertThat(store.lastSeq()).isEqualTo(3);
        }
        assertThat(Files.readAllLines(journal()).get(0))
                .isEqualTo("{\"type\":\"format\",\"version\":2,\"seq\":3,\"nextMuteRule\":1}");
    }

    @Test
    void muteRuleIdsAreStableAndNeverReusedAcrossRestartAndCompaction() throws Exception {
        try (UserStateStore store = UserStateStore.open(journal())) {
            assertThat(store.addMuteRule("title:survey").id()).isEqualTo("m1");
            assertThat(store.addMuteRule("cat:cs.CV -tag:keep").id()).isEqualTo("m2");
            assertThat(store.addMuteRule("author:\"Some One\"").id()).isEqualTo("m3");
            assertThat(store.removeMuteRule("m3")).isTrue();
            assertThat(store.removeMuteRule("m3")).isFalse();
        }
        try (UserStateStore store = UserStateStore.open(journal())) {
            assertThat(store.muteRules()).containsExactly(new MuteRule("m1", "title:survey"),
                    new MuteRule("m2", "cat:cs.CV -tag:keep"));
            store.compact(DurableFiles.Opener.FILES);
        }
        try (UserStateStore store = UserStateStore.open(journal())) {
            assertThat(store.muteRules()).extracting(MuteRule::id).containsExactly("m1", "m2");
            assertThat(store.addMuteRule("title:benchmark").id()).as("m3 was removed, never reused").isEqualTo("m4");
        }
    }

    @Test
    void compactionWritesEveryByteThroughAChannelThatWritesAFewAtATime() throws Exception {
        try (UserStateStore store = UserStateStore.open(journal())) {
            for (int i = 0; i < 50; i++) {
                store.put(PaperId.arxiv("2403." + (10000 + i)), STARRED.withTags(List.of("tag " + i)));
            }
            store.compact(path -> new StingyChannel(DurableFiles.Opener.FILES.open(path), 7, false));
        }
        try (UserStateStore store = UserStateStore.open(journal())) {
            assertThat(store.all()).hasSize(50);
            assertThat(store.get(PaperId.arxiv("2403.10049")).tags()).containsExactly("tag 49");
        }
    }

    @Test
    void aCompactionRefusedForLackOfSpaceLeavesTheJournalAsItWas() throws Exception {
        try (UserStateStore store = UserStateStore.open(journal())) {
            store.put(A, STARRED);
            store.put(B, READ);
        }
        byte[] before = Files.readAllBytes(journal());
        try (UserStateStore store = UserStateStore.open(journal())) {
            assertThatThrownBy(() -> store.compact(path -> new StingyChannel(DurableFiles.Opener.FILES.open(path), 5,
                    true))).hasMessageContaining("No space left on device");
            store.put(C, STARRED);
        }
        assertThat(Files.readAllBytes(journal())).startsWith(before);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("user-state.jsonl");
        }
        try (UserStateStore store = UserStateStore.open(journal())) {
            assertThat(store.get(A)).isEqualTo(STARRED);
            assertThat(store.get(C)).isEqualTo(STARRED);
        }
    }

    @Test
    void aJournalOfANewerFormatIsReadButNeverWritten() throws Exception {
        String newer = "{\"type\":\"format\",\"version\":3}\n"
                + "{\"type\":\"paper\",\"seq\":1,\"id\":\"2403.00001\",\"starred\":true}\n"
                + "{\"type\":\"paper\",\"seq\":2,\"id\":\"2403.00002\",\"read\":tr";
        Files.writeString(journal(), newer);
        try (UserStateStore store = UserStateStore.open(journal())) {
            assertThat(store.isNewerFormat()).isTrue();
            assertThat(store.get(A)).isEqualTo(STARRED);
            assertThatThrownBy(() -> store.put(B, READ)).isInstanceOf(IOException.class);
        }
        assertThat(Files.readString(journal())).as("not even its torn line is cut").isEqualTo(newer);
    }

    /** A file channel that writes at most {@code most} bytes per call, and optionally then runs out of space. */
    static final class StingyChannel extends FileChannel {
        private final FileChannel real;
        private final int most;
        private final boolean fullAfterFirstWrite;
        private int writes;

        StingyChannel(FileChannel real, int most, boolean fullAfterFirstWrite) {
            this.real = real;
            this.most = most;
            this.fullAfterFirstWrite = fullAfterFirstWrite;
        }

        @Override
        public int write(java.nio.ByteBuffer src) throws IOException {
            if (fullAfterFirstWrite && writes++ > 0) {
                throw new IOException("No space left on device");
            }
            java.nio.ByteBuffer slice = src.slice();
            slice.limit(Math.min(most, slice.remaining()));
            int n = real.write(slice);
            src.position(src.position() + n);
            return n;
        }

        @Override
        public int read(java.nio.ByteBuffer dst) throws IOException {
            return real.read(dst);
        }

        @Override
        public long read(java.nio.ByteBuffer[] dsts, int offset, int length) throws IOException {
            return real.read(dsts, offset, length);
        }

        @Override
        public long write(java.nio.ByteBuffer[] srcs, int offset, int length) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public long position() throws IOException {
            return real.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            real.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            real.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            real.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, java.nio.channels.WritableByteChannel target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long transferFrom(java.nio.channels.ReadableByteChannel src, long position, long count) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(java.nio.ByteBuffer dst, long position) throws IOException {
            return real.read(dst, position);
        }

        @Override
        public int write(java.nio.ByteBuffer src, long position) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.nio.MappedByteBuffer map(MapMode mode, long position, long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.nio.channels.FileLock lock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.nio.channels.FileLock tryLock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void implCloseChannel() throws IOException {
            real.close();
        }
    }
}
