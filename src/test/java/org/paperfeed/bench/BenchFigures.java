package org.paperfeed.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The benchmark's figures: a table for people, the same as one JSON object for tools. */
final class BenchFigures {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private record Row(String metric, String unit, Double feed, Double raw, String target, String note) {
        Double ratio() {
            return feed == null || raw == null || raw == 0 ? null : feed / raw;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final ObjectNode machine = JSON.createObjectNode();

    void machine(int papers) {
        machine.put("papers", papers);
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("load_at_start", loadAverage());
    }

    void add(String metric, String unit, double feed, double raw, String target) {
        rows.add(new Row(metric, unit, feed, raw, target, ""));
    }

    /** A figure raw Lucene has no counterpart for, such as the window's. */
    void addOwn(String metric, String unit, double feed, String target) {
        rows.add(new Row(metric, unit, feed, null, target, ""));
    }

    void print(PrintStream out) {
        machine.put("load_at_end", loadAverage());
        out.printf("%nPaperFeed vs raw Lucene, %,d papers, %d cores, load %s → %s, max heap %d MB, %s%n",
                machine.get("papers").asInt(), machine.get("cores").asInt(), machine.get("load_at_start").asString(),
                machine.get("load_at_end").asString(), machine.get("max_heap_mb").asInt(), machine.get("jdk").asString());
        out.printf("%-32s %12s %12s %7s  %s%n", "metric", "PaperFeed", "raw Lucene", "ratio", "target");
        for (Row row : rows) {
            if (row.raw() == null) {
                out.printf("%-32s %12.2f %12s %7s  %s%n", row.metric(), row.feed(), "-", "-", row.target());
            } else {
                out.printf("%-32s %12.2f %12.2f %7.2f  %s%n", row.metric(), row.feed(), row.raw(), row.ratio(),
                        row.target());
            }
        }
    }

    void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.set("machine", machine);
        for (Row row : rows) {
            ObjectNode metric = root.putObject(row.metric());
            metric.put("unit", row.unit());
            metric.put("paperfeed", row.feed());
            metric.put("raw", row.raw());
            metric.put("ratio", row.ratio());
            metric.put("target", row.target());
            if (!row.note().isEmpty()) {
                metric.put("note", row.note());
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(root) + "\n");
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
