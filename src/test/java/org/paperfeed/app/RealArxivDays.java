package org.paperfeed.app;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three real days of arXiv's cs listings (995 papers; see {@code app/foryou/SOURCE.md}), as a snapshot file to
 * import and as records a test can pick papers from by category.
 */
final class RealArxivDays {

    static final String RESOURCE = "/org/paperfeed/app/foryou/arxiv-3-days.jsonl.gz";

    /** One record as the file holds it. */
    record Record(String id, String title, String abstractText, Set<String> categories) {
        String primary() {
            return categories.iterator().next();
        }
    }

    private RealArxivDays() {
    }

    /** Writes the records, unzipped, to a snapshot file in {@code folder} and returns it. */
    static Path snapshot(Path folder) throws Exception {
        Path file = folder.resolve("arxiv-3-days.json");
        try (InputStream in = new GZIPInputStream(RealArxivDays.class.getResourceAsStream(RESOURCE))) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    static List<Record> records() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        List<Record> records = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(RealArxivDays.class.getResourceAsStream(RESOURCE))) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                records.add(new Record(node.get("id").asString(), node.get("title").asString(),
                        node.get("abstract").asString(), new java.util.LinkedHashSet<>(
                        Arrays.asList(node.get("categories").asString().split(" ")))));
            }
        }
        return records;
    }
}
