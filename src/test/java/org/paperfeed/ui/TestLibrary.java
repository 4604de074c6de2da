package org.paperfeed.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;

/** A library of made-up papers in a temporary folder: a few with known words, the rest filler. */
final class TestLibrary {

    static final String[] TITLES = {
        "Diffusion Models for Protein Folding",
        "Graph Neural Networks at Scale",
        "Sparse Attention for Long Documents",
        "Reinforcement Learning for Chess Engines",
        "Quantum Error Correction with Surface Codes",
    };

    private TestLibrary() {
    }

    /** An HF daily-papers JSON digest: the {@link #TITLES} first, then {@code filler} numbered papers. */
    static byte[] digest(int filler) {
        StringBuilder json = new StringBuilder("[");
        int n = 0;
        for (String title : TITLES) {
            json.append(n == 0 ? "" : ",").append(entry(n++, title, "We study " + title.toLowerCase()
                    + ". Our method improves results on standard benchmarks."));
        }
        for (int i = 0; i < filler; i++) {
            json.append(",").append(entry(n++, "Filler paper number " + i,
                    "An abstract about nothing in particular, number " + i + "."));
        }
        return json.append("]").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String entry(int n, String title, String summary) {
        String id = String.format("2403.%05d", n + 1);
        String day = String.format("2024-03-%02d", 1 + n % 28);
        return "{\"paper\":{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"summary\":\"" + summary
                + "\",\"authors\":[{\"name\":\"Ada Lovelace\"},{\"name\":\"Alan Turing\"}],\"publishedAt\":\""
                + day + "T00:00:00.000Z\",\"upvotes\":" + (n * 3 % 50) + "},\"title\":\"" + title + "\"}";
    }

    /** One paper a test writes for itself, by {@code authors} (Ada Lovelace unless told), published 2 January 2025. */
    record Written(String id, String title, String summary, java.util.List<String> authors) {
        Written(String id, String title, String summary) {
            this(id, title, summary, java.util.List.of("Ada Lovelace"));
        }

        String json() {
            String names = String.join(",", authors.stream().map(a -> "{\"name\":\"" + a + "\"}").toList());
            return "{\"paper\":{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"summary\":\"" + summary
                    + "\",\"authors\":[" + names + "],\"publishedAt\":\"2025-01-02T00:00:00.000Z\","
                    + "\"upvotes\":1},\"title\":\"" + title + "\"}";
        }
    }

    /** Adds {@code papers} to the library in {@code dir}, as one HF daily-papers digest named {@code name}. */
    static void add(Path dir, String name, Written... papers) throws Exception {
        String json = "[" + String.join(",", java.util.Arrays.stream(papers).map(Written::json).toList()) + "]";
        try (AppServices app = open(dir)) {
            app.imports().importBytes(json.getBytes(StandardCharsets.UTF_8), name, "test-papers", "application/json");
        }
    }

    static AppServices open(Path dir) throws Exception {
        return AppServices.open(new DataFolder(dir), Clock.systemDefaultZone());
    }

    /** Creates the library in {@code dir} and closes it again, so the window can open it. */
    static void create(Path dir, int filler) throws Exception {
        try (AppServices app = open(dir)) {
            app.imports().importBytes(digest(filler), "test digest", "test-papers", "application/json");
        }
    }
}
