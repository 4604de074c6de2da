package org.paperfeed.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** One in-process run of {@code paperfeed --data-dir DIR ARGS…}: its exit status and what it printed. */
public record CliRun(int status, String out, String err) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static CliRun of(Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int status = PaperFeedCli.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
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
