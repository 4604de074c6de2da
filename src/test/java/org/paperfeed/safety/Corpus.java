package org.paperfeed.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;

/**
 * Digests for the crash workload: {@value #FILES} Hugging Face daily JSON files of {@value #PER_FILE} papers each,
 * every file sharing half its papers with the next, so re-imports update papers as well as add them.
 */
final class Corpus {

    static final int FILES = 40;
    static final int PER_FILE = 10;
    static final List<String> TAGS = List.of("to-read", "survey", "optimal transport", "ideas");
    /** Mute rules the workload adds, in the query syntax (no spaces: an operation's parts are split on them). */
    static final List<String> MUTE_QUERIES = List.of("title:survey", "author:smith", "cat:cs.CV", "-tag:ideas");

    private Corpus() {
    }

    static Path file(Path folder, int file) {
        return folder.resolve("daily-" + file + ".json");
    }

    /** Where the parent's server serves file {@code file}. */
    static String path(int file) {
        return "/daily-" + file + ".json";
    }

    /** The name of the source that refreshes file {@code file}. */
    static String sourceName(int file) {
        return "daily-" + file;
    }

    static List<String> ids(int file) {
        List<String> ids = new ArrayList<>();
        for (int i = file * PER_FILE / 2; i < file * PER_FILE / 2 + PER_FILE; i++) {
            ids.add(id(i));
        }
        return ids;
    }

    static String id(int paper) {
        return String.format("2401.%05d", 10000 + paper);
    }

    /** Every file written to {@code work/inputs} and {@link #importAndMark} in {@code work/data}, which it returns. */
    static DataFolder markedLibrary(Path work) throws Exception {
        Path inputs = work.resolve("inputs");
        write(inputs);
        DataFolder data = new DataFolder(work.resolve("data"));
        importAndMark(inputs, data);
        return data;
    }

    /** A library of file 0's papers, the first starred and the second tagged "survey", in {@code data}. */
    static void importAndMark(Path inputs, DataFolder data) throws Exception {
        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            app.imports().importFile(file(inputs, 0));
            app.marks().star(id(0));
            app.marks().tag(id(1), List.of("survey"));
        }
    }

    /** Writes every file once; the upvotes differ per file so a re-import of an overlapping paper updates it. */
    static void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (int file = 0; file < FILES; file++) {
            StringBuilder json = new StringBuilder("[\n");
            List<String> ids = ids(file);
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                json.append(i == 0 ? "" : ",\n").append("{\"paper\": {\"id\": \"").append(id)
                        .append("\", \"title\": \"Crash-safe paper ").append(id).append(" on durable journals\", ")
                        .append("\"summary\": \"An abstract about fsync, commits and recovery, number ").append(id)
                        .append(". It has enough words to count as a real abstract for every parser.\", ")
                        .append("\"authors\": [{\"name\": \"Ada Lovelace\"}], ")
                        .append("\"publishedAt\": \"2024-01-").append(String.format("%02d", 1 + file % 28))
                        .append("T00:00:00.000Z\", \"upvotes\": ").append(file).append("}}");
            }
            Files.writeString(file(folder, file), json.append("\n]\n"), StandardCharsets.UTF_8);
        }
    }
}
