package org.paperfeed.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real arXiv metadata file ({@code -Dbench.corpus=real}): every id (to place the marks, as on the synthetic
 * library) and a seeded sample of 2,000 records whose titles, authors and categories the query mix is drawn from.
 */
final class RealCorpus {

    static final Path DEFAULT_FILE = Path.of("/work/shared/data/real/arxiv-metadata.jsonl.gz");
    private static final int SAMPLE = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One sampled record. */
    record Record(String title, List<String> authors, List<String> categories) {
    }

    final Path file;
    final String[] ids;
    final List<Record> sample;

    private RealCorpus(Path file, String[] ids, List<Record> sample) {
        this.file = file;
        this.ids = ids;
        this.sample = sample;
    }

    static RealCorpus read(Path file) throws IOException {
        List<String> ids = new ArrayList<>();
        List<Record> sample = new ArrayList<>();
        Random random = new Random(SyntheticArxiv.SEED + 11);
        try (BufferedReader lines = RawLucene.open(file)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                ids.add(node.path("id").asString());
                // Reservoir sampling: every record equally likely, one pass, seeded.
                int seen = ids.size();
                int slot = seen <= SAMPLE ? seen - 1 : random.nextInt(seen);
                if (slot < SAMPLE) {
                    Record record = new Record(node.path("title").asString().replaceAll("\\s+", " "),
                            List.of(node.path("authors").asString().split(",| and ")),
                            List.of(node.path("categories").asString().split(" ")));
                    if (slot < sample.size()) {
                        sample.set(slot, record);
                    } else {
                        sample.add(record);
                    }
                }
            }
        }
        return new RealCorpus(file, ids.toArray(String[]::new), sample);
    }
}
