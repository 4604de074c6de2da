package org.paperfeed.app.foryou;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.paperfeed.model.PaperId;
import org.paperfeed.support.DurableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The models of the last training, kept in a file between runs so that a start does not train again what the marks
 * and the library have not changed: the first ranking after a start (For you as the first view, the CLI's
 * {@code recommend}) then only scores. A cache, never the only copy of anything: each model is taken back only
 * when the marks it learned from (its interest's papers and not-interested papers, hashed) and the learning settings
 * are those of now, and {@link Recommender#train} still refits one whose library has since changed size by more than
 * {@link InterestModel#LIBRARY_CHANGE}; a missing, damaged or older file gives nothing back, and the models are
 * trained as they would be without it. Written whole ({@link DurableFiles}) after each training; a file ends with a
 * CRC-32 of everything before it, so a file cut short or garbled is told from a good one.
 */
public final class SavedModels {

    private static final Logger LOG = LoggerFactory.getLogger(SavedModels.class);

    /** "PFMO": not some other file put in its place. */
    private static final int MAGIC = 0x50464d4f;
    /** Raised when the layout changes: an older layout is then not read, and the models are trained again. */
    private static final int FORMAT = 1;
    /** No reader has this many interests; a count past it is a damaged file, not an allocation to attempt. */
    private static final int MAX_MODELS = 100_000;
    private static final int DIGEST_BYTES = 32;
    private static final int BYTES_PER_WEIGHT = Long.BYTES + Double.BYTES;

    private final Path file;
    private final LearningSettings settings;

    /** @param file where the models are kept; {@code settings} are those they are trained with */
    public SavedModels(Path file, LearningSettings settings) {
        this.file = file;
        this.settings = settings;
    }

    /**
     * The saved models that were trained from the marks each interest has in {@code marks} now, under the same
     * learning settings, as a set trained from {@code marks} (the ones not found are for {@link Recommender#train}
     * to fit); none when the file is missing, unreadable or of another layout.
     */
    public TrainedModels matching(TrainingMarks marks) {
        Map<String, InterestModel> kept = new LinkedHashMap<>();
        try {
            for (Saved saved : read()) {
                if (Arrays.equals(saved.inputs(), inputs(marks, saved.model().key()))) {
                    kept.put(saved.model().key(), saved.model());
                }
            }
        } catch (NoSuchFileException e) {
            return new TrainedModels(marks, Map.of());
        } catch (IOException | RuntimeException e) {
            // A cache: what it held is trained again, and the next training writes it whole.
            LOG.info("For you's saved models could not be read ({}): they are trained again", e.toString());
            return new TrainedModels(marks, Map.of());
        }
        return new TrainedModels(marks, kept);
    }

    /** Keeps {@code models} in place of what was kept; a failure is logged, since the models can be trained again. */
    public void save(TrainedModels models) {
        try {
            DurableFiles.writeStreamed(file, out -> write(models, out));
        } catch (IOException | RuntimeException e) {
            LOG.info("For you's models could not be kept for the next start ({}): it will train them again",
                    e.toString());
        }
    }

    private void write(TrainedModels models, java.io.OutputStream target) throws IOException {
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new CheckedOutputStream(target, crc));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(settings.toString());
        out.writeInt(models.models().size());
        for (InterestModel model : models.models().values()) {
            out.writeUTF(model.key());
            out.write(inputs(models.marks(), model.key()));
            out.writeDouble(model.bias());
            out.writeInt(model.positives());
            out.writeLong(model.trainedAt().getEpochSecond());
            out.writeInt(model.trainedAt().getNano());
            out.writeInt(model.papers());
            out.writeInt(model.weights().size());
            model.weights().forEach((hash, weight) -> {
                out.writeLong(hash);
                out.writeDouble(weight);
            });
        }
        out.flush();
        // Not through the checked stream: the sum covers what comes before it.
        new DataOutputStream(target).writeLong(crc.getValue());
    }

    /**
     * The file's models, read whole into memory and parsed from there: read value by value through a checked stream,
     * the two numbers of each of the tens of thousands of weights were a dozen calls each, slow in a JVM just started
     * (the command line's), and the checksum was taken eight bytes at a time.
     */
    private List<Saved> read() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int body = bytes.length - Long.BYTES;
        // What DataOutputStream wrote: big-endian.
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, Math.max(0, body));
        try {
            if (in.getInt() != MAGIC) {
                throw new IOException("not a file of For you's models");
            }
            int format = in.getInt();
            if (format != FORMAT) {
                throw new IOException("models of layout " + format + ", not " + FORMAT);
            }
            if (!readUtf(in, bytes).equals(settings.toString())) {
                // Trained with other settings (an older version's): every model is trained again. Not damage.
                return List.of();
            }
            int count = in.getInt();
            if (count < 0 || count > MAX_MODELS) {
                throw new IOException("a count of " + count + " models");
            }
            List<Saved> saved = new java.util.ArrayList<>();
            for (int m = 0; m < count; m++) {
                String key = readUtf(in, bytes);
                byte[] inputs = new byte[DIGEST_BYTES];
                in.get(inputs);
                double bias = in.getDouble();
                int positives = in.getInt();
                Instant trainedAt = Instant.ofEpochSecond(in.getLong(), in.getInt());
                int papers = in.getInt();
                int weights = in.getInt();
                if (weights < 0 || (long) weights * BYTES_PER_WEIGHT > in.remaining()) {
                    throw new IOException("a count of " + weights + " weights in a file of " + bytes.length
                            + " bytes");
                }
                // Each weight is its term's hash and the double's bits: one bulk read of both as longs.
                long[] pairs = new long[2 * weights];
                in.slice(in.position(), weights * BYTES_PER_WEIGHT).asLongBuffer().get(pairs);
                in.position(in.position() + weights * BYTES_PER_WEIGHT);
                TermTable table = TermTable.dense(weights);
                for (int w = 0; w < pairs.length; w += 2) {
                    table.put(pairs[w], Double.longBitsToDouble(pairs[w + 1]));
                }
                saved.add(new Saved(inputs, new InterestModel(key, table, bias, positives, trainedAt, papers)));
            }
            if (body < 0) {
                throw new IOException("cut short before its checksum");
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, body);
            if (in.hasRemaining() || ByteBuffer.wrap(bytes, body, Long.BYTES).getLong() != crc.getValue()) {
                throw new IOException("its checksum does not match its content");
            }
            return saved;
        } catch (BufferUnderflowException e) {
            throw new IOException("cut short");
        }
    }

    /** A string as {@link DataOutputStream#writeUTF} wrote it at the buffer's position, which it moves past it. */
    private static String readUtf(ByteBuffer in, byte[] bytes) throws IOException {
        if (in.remaining() < Short.BYTES) {
            throw new BufferUnderflowException();
        }
        int length = Short.BYTES + Short.toUnsignedInt(in.getShort(in.position()));
        if (length > in.remaining()) {
            throw new BufferUnderflowException();
        }
        String text = new DataInputStream(new ByteArrayInputStream(bytes, in.position(), length)).readUTF();
        in.position(in.position() + length);
        return text;
    }

    /**
     * A hash of what an interest's model learns from: its papers and the not-interested papers it counts, each in
     * id order. Equal for equal marks, whatever order they were made in.
     */
    static byte[] inputs(TrainingMarks marks, String key) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        update(digest, "interest " + key);
        update(digest, "positives");
        marks.positives().getOrDefault(key, java.util.Set.of()).stream().sorted()
                .forEach(id -> update(digest, id.value()));
        update(digest, "negatives");
        marks.negativesOf(key).stream().sorted().map(PaperId::value).forEach(id -> update(digest, id));
        return digest.digest();
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        // A separator no id or key holds: ("ab", "c") and ("a", "bc") hash apart.
        digest.update((byte) 0);
    }

    private record Saved(byte[] inputs, InterestModel model) {
    }
}
