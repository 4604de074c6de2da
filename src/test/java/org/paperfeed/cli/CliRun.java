package org.paperfeed.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** One in-process run of {@code paperfeed --data-dir DIR ARGS…}: its exit status and what it printed. */
public record CliRun(int status, String out, String err) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static CliRun of(Path dataDir, String... args) {
        return at(Clock.systemDefaultZone(), dataDir, args);
    }

    /** As {@link #of}, on the day {@code clock} says. */
    public static CliRun at(Clock clock, Path dataDir, String... args) {
        return exactly(clock, withDataDir(dataDir, args));
    }

    /**
     * As {@link #of}, told that a person reads it at a terminal ({@code atTerminal}) or not, as a run with or without
     * a console would be (tests run without one).
     */
    public static CliRun atTerminal(boolean atTerminal, Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PaperFeedCli.run(withDataDir(dataDir, args), new PrintWriter(out, true),
                new PrintWriter(err, true), Clock.systemDefaultZone(), atTerminal);
        return new CliRun(status, out.toString(), err.toString());
    }

    private static String[] withDataDir(Path dataDir, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    /** {@code paperfeed ARGS…} as given, {@code --data-dir} wherever the caller put it. */
    public static CliRun exactly(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PaperFeedCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), clock);
        return new CliRun(status, out.toString(), err.toString());
    }

    public String[] lines() {
        return out.split("\\R");
    }

    /** Stdout read as the JSON array {@code --json} promises. */
    public List<Map<String, Object>> json() {
        return JSON.readValue(out, JSON.getTypeFactory().constructCollectionType(List.class, Map.class));
    }
}
