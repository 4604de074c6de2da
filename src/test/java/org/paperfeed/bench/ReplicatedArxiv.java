package org.paperfeed.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real arXiv file replicated to {@code total} papers as one stream of snapshot lines, never written out: copy
 * after copy of the real records (so the vocabulary stays real), each given a new arXiv id (new-style ids of the
 * 1990s, which arXiv never issued, so none collides with a real one), a new date (all of them spread evenly over
 * 2000–2025 in file order, as arXiv's own file is ordered) and no DOI.
 */
final class ReplicatedArxiv extends InputStream {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter CREATED = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final long DAYS = LocalDate.of(2025, 12, 31).toEpochDay() - FIRST.toEpochDay();
    private static final int PER_MONTH = 99_999;

    private final Path file;
    private final long total;
    private BufferedReader lines;
    private long produced;
    private byte[] current = new byte[0];
    private int pos;

    ReplicatedArxiv(Path file, long total) {
        this.file = file;
        this.total = total;
    }

    @Override
    public int read() throws IOException {
        if (pos == current.length && !refill()) {
            return -1;
        }
        return current[pos++] & 0xff;
    }

    @Override
    public int read(byte[] into, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos == current.length && !refill()) {
            return -1;
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, into, off, n);
        pos += n;
        return n;
    }

    private boolean refill() throws IOException {
        if (produced == total) {
            return false;
        }
        String line = nextRealLine();
        ObjectNode paper = (ObjectNode) JSON.readTree(line);
        long i = produced++;
        int month = (int) (i / PER_MONTH);
        paper.put("id", String.format("%02d%02d.%05d", 90 + month / 12, 1 + month % 12, 1 + i % PER_MONTH));
        LocalDate day = FIRST.plusDays(i * DAYS / total);
        paper.putNull("doi");
        paper.put("update_date", day.toString());
        paper.putArray("versions").addObject().put("version", "v1")
                .put("created", CREATED.format(day.atStartOfDay(ZoneOffset.UTC)));
        current = (JSON.writeValueAsString(paper) + "\n").getBytes(StandardCharsets.UTF_8);
        pos = 0;
        return true;
    }

    private String nextRealLine() throws IOException {
        while (true) {
            if (lines == null) {
                lines = RawLucene.open(file);
            }
            String line = lines.readLine();
            if (line == null) {
                lines.close();
                lines = null;
            } else if (!line.isBlank()) {
                return line;
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (lines != null) {
            lines.close();
        }
    }
}
