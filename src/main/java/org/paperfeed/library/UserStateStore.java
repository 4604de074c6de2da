package org.paperfeed.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user's stars, tags and read marks: an append-only journal of JSON lines, each forced to disk before the
 * change is reported done.
 *
 * <p>A journal rather than a rewritten file because a read mark happens every time a paper is opened: appending one
 * line costs the same with ten marks or fifty thousand. Each line carries the paper's whole state, so the last line
 * per paper wins and a torn last line (a crash mid-write, never acknowledged) is simply dropped. The journal is
 * compacted on open once it holds many superseded lines.
 */
final class UserStateStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UserStateStore.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int COMPACT_BELOW = 1000;

    /** One journal line: a paper's whole state, or a move of it to a new id (renamedTo set). */
    record Line(long seq, String id, boolean starred, boolean read, List<String> tags, String renamedTo) {
    }

    private final Path file;
    private final Map<PaperId, PaperState> states = new HashMap<>();
    private FileChannel channel;
    private long lastSeq;

    private UserStateStore(Path file) {
        this.file = file;
    }

    static UserStateStore open(Path file) throws IOException {
        UserStateStore store = new UserStateStore(file);
        int lines = store.replay(true);
        if (lines > COMPACT_BELOW && lines > 2 * store.states.size()) {
            store.compact();
        }
        boolean created = !Files.exists(file);
        store.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        if (created) {
            // A new file's name is in its folder, not in the file: without this a power cut could lose the journal.
            DurableFiles.syncDirectory(file.getParent());
        }
        return store;
    }

    /**
     * The journal as another process last wrote it, for reading only: a torn last line (that process may be writing
     * it right now) is ignored rather than cut off, and {@link #put} and {@link #rename} refuse.
     */
    static UserStateStore openReadOnly(Path file) throws IOException {
        UserStateStore store = new UserStateStore(file);
        store.replay(false);
        return store;
    }

    private int replay(boolean repairTornLine) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        int lineStart = 0;
        int lines = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                apply(new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8));
                lines++;
                lineStart = i + 1;
            }
        }
        if (lineStart < bytes.length && repairTornLine) {
            LOG.warn("{}: dropping a torn last line of {} bytes left by an interrupted write", file,
                    bytes.length - lineStart);
            try (FileChannel truncating = FileChannel.open(file, StandardOpenOption.WRITE)) {
                truncating.truncate(lineStart);
                truncating.force(true);
            }
        }
        return lines;
    }

    private void apply(String text) {
        if (text.isBlank()) {
            return;
        }
        Line line;
        try {
            line = JSON.readValue(text, Line.class);
        } catch (JacksonException e) {
            LOG.warn("{}: skipping an unreadable line: {}", file, e.getOriginalMessage());
            return;
        }
        lastSeq = Math.max(lastSeq, line.seq());
        PaperId id = new PaperId(line.id());
        if (line.renamedTo() != null) {
            PaperState moved = states.remove(id);
            if (moved != null) {
                states.put(new PaperId(line.renamedTo()), moved);
            }
        } else {
            states.put(id, new PaperState(line.starred(), line.read(),
                    new java.util.HashSet<>(line.tags() == null ? List.of() : line.tags())));
        }
    }

    private void compact() throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".compacting");
        StringBuilder out = new StringBuilder();
        long seq = 0;
        for (Map.Entry<PaperId, PaperState> e : states.entrySet()) {
            out.append(JSON.writeValueAsString(stateLine(++seq, e.getKey(), e.getValue()))).append('\n');
        }
        // Sequence numbers restart, so keep the highest one: the index compares against it.
        out.append(JSON.writeValueAsString(new Line(Math.max(seq + 1, lastSeq), "-", false, false, List.of(), "-")))
                .append('\n');
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap(out.toString().getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        DurableFiles.syncDirectory(file.getParent());
        LOG.info("{}: compacted to {} papers", file, states.size());
    }

    synchronized PaperState get(PaperId id) {
        return states.getOrDefault(id, PaperState.UNTOUCHED);
    }

    synchronized Map<PaperId, PaperState> all() {
        return Collections.unmodifiableMap(new HashMap<>(states));
    }

    synchronized long lastSeq() {
        return lastSeq;
    }

    /** Records the state durably; returns once it is on disk. */
    synchronized long put(PaperId id, PaperState state) throws IOException {
        append(stateLine(lastSeq + 1, id, state));
        states.put(id, state);
        return lastSeq;
    }

    /** Moves a paper's state to the id it is now known by (its arXiv id became known). */
    synchronized void rename(PaperId from, PaperId to) throws IOException {
        PaperState state = states.get(from);
        if (state == null || from.equals(to)) {
            return;
        }
        append(new Line(lastSeq + 1, from.value(), false, false, List.of(), to.value()));
        states.remove(from);
        states.put(to, state);
    }

    private void append(Line line) throws IOException {
        if (channel == null) {
            throw new IOException(file + " is open read-only");
        }
        ByteBuffer bytes = ByteBuffer.wrap((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
        lastSeq = line.seq();
    }

    private static Line stateLine(long seq, PaperId id, PaperState state) {
        return new Line(seq, id.value(), state.starred(), state.read(), new ArrayList<>(state.tags()), null);
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
