package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperExtras;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every {@code golden/<case>.<ext>} read through {@link DigestReader#standard()} (format detected, not forced) must
 * give exactly the papers in {@code <case>.expected.json}. On a mismatch the actual result is written to
 * {@code target/golden-actual/} so a reviewer can diff it and, if it is right, copy it over the expectation. Each
 * paper's listings (day, rank, counts) and extras (version, code, AI summary…) are part of the expectation.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Paths.get("src/test/resources/org/paperfeed/ingest/golden");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".expected.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAsExpected(Path input) throws Exception {
        String name = input.getFileName().toString();
        Path expectedFile = GOLDEN.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        ParseContext context = new ParseContext(name, "golden", LocalDate.of(2024, 3, 15));

        Digest digest = DigestReader.standard().read(Files.readAllBytes(input), (String) null, context);

        JsonNode actual = toJson(digest);
        if (!Files.exists(expectedFile) || !JSON.readTree(expectedFile.toFile()).equals(actual)) {
            Path written = Paths.get("target/golden-actual").resolve(expectedFile.getFileName());
            Files.createDirectories(written.getParent());
            Files.writeString(written, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(expectedFile).as("expected file for %s", name).exists();
        assertThat(JSON.writeValueAsString(actual))
                .isEqualTo(JSON.writeValueAsString(JSON.readTree(expectedFile.toFile())));
    }

    static JsonNode toJson(Digest digest) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", digest.format().name());
        ArrayNode papers = root.putArray("papers");
        for (Paper paper : digest.papers()) {
            ObjectNode p = papers.addObject();
            p.put("id", paper.id().value());
            if (paper.doi() != null) {
                p.put("doi", paper.doi()); // only when a source gave one: expectations written before DOIs still hold
            }
            p.put("title", paper.title());
            p.put("abstract", paper.abstractText());
            paper.authors().forEach(p.putArray("authors")::add);
            p.put("published", paper.published() == null ? null : paper.published().toString());
            ArrayNode links = p.putArray("links");
            paper.links().forEach(l -> links.addObject().put("type", l.type().name()).put("url", l.url()));
            if (paper.upvotes() == null) {
                p.putNull("upvotes");
            } else {
                p.put("upvotes", paper.upvotes());
            }
            paper.categories().forEach(p.putArray("categories")::add);
            ArrayNode listings = p.putArray("listings");
            for (Listing listing : paper.listings()) {
                ObjectNode l = listings.addObject();
                l.put("source", listing.source());
                l.put("day", listing.day().toString());
                putNumber(l, "rank", listing.rank());
                putNumber(l, "upvotes", listing.upvotes());
                putNumber(l, "commentCount", listing.commentCount());
                l.put("keepsFirstDay", listing.keepsFirstDay());
            }
            PaperExtras extras = paper.extras();
            ObjectNode e = p.putObject("extras");
            e.put("version", extras.version());
            if (extras.github() == null) {
                e.putNull("github");
            } else {
                putNumber(e.putObject("github").put("url", extras.github().url()), "stars", extras.github().stars());
            }
            e.put("projectPage", extras.projectPage());
            e.put("aiSummary", extras.aiSummary());
            extras.aiKeywords().forEach(e.putArray("aiKeywords")::add);
            e.put("organization", extras.organization());
        }
        if (digest.assumedYear() != null) {
            root.put("assumedYear", digest.assumedYear());
        }
        return root;
    }

    private static void putNumber(ObjectNode node, String field, Integer value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
