package org.paperfeed.safety;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.sources.RefreshReport;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;

/**
 * A PaperFeed process for the safety tests, run as a child JVM on the test class path.
 *
 * <ul>
 *   <li>{@code loop DATA INPUTS SEED TRANSCRIPT FEEDS}: imports, refreshes (sources at the parent's server
 *       {@code FEEDS}, added as needed), stars, tags, read and not-interested marks, notes, batches of marks and mute
 *       rules at random until killed. Writes
 *       {@code BEGIN op id [tag]} to the transcript file before each operation and {@code DONE} once the use case
 *       has returned, so the parent knows what was acknowledged and what was in flight when it killed the process.
 *       </li>
 *   <li>{@code hold DATA}: opens the library as the window does, prints {@code READY}, holds it until stdin closes.</li>
 * </ul>
 *
 * <p>The transcript is a file, not stdout, because the verdict rests on it: each line is one {@code write} to a file
 * opened for appending, which the kernel keeps whole once the call returns, however the process dies. Stdout passes
 * through the JDK's pipe reader and process reaper and is shared with whatever else the JVM prints.
 */
public final class LibraryWorkload {

    private LibraryWorkload() {
    }

    public static void main(String[] args) throws Exception {
        DataFolder data = new DataFolder(Path.of(args[1]));
        if (args[0].equals("hold")) {
            try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
                System.out.println("READY");
                System.out.flush();
                while (System.in.read() != -1) {
                    // held until the parent closes our stdin
                }
            }
            return;
        }
        try (OutputStream transcript = new FileOutputStream(args[4], true)) {
            say(transcript, "OPENING");
            try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
                loop(app, Path.of(args[2]), args[5], new Random(Long.parseLong(args[3])), transcript);
            }
        }
    }

    private static void loop(AppServices app, Path inputs, String feeds, Random random, OutputStream out)
            throws Exception {
        List<String> present = new ArrayList<>();
        for (LibraryPaper paper : app.search().list(PaperFilter.NONE, 100_000)) {
            present.add(paper.id().value());
        }
        say(out, "READY");
        while (true) {
            int kind = random.nextInt(20);
            int file = random.nextInt(Corpus.FILES);
            if (kind < 2 || present.isEmpty()) {
                run(out, "import " + file, () -> app.imports().importFile(Corpus.file(inputs, file)));
                Corpus.ids(file).stream().filter(id -> !present.contains(id)).forEach(present::add);
                continue;
            }
            if (kind < 4) {
                refresh(app, feeds, file, out);
                Corpus.ids(file).stream().filter(id -> !present.contains(id)).forEach(present::add);
                continue;
            }
            String id = present.get(random.nextInt(present.size()));
            String tag = Corpus.TAGS.get(random.nextInt(Corpus.TAGS.size()));
            if (kind >= 12) {
                briefingMark(app, present, random, kind, id, out);
                continue;
            }
            switch (kind) {
                case 4 -> run(out, "star " + id, () -> app.marks().star(id));
                case 5 -> run(out, "unstar " + id, () -> app.marks().unstar(id));
                case 6, 7 -> run(out, "tag " + id + " " + tag, () -> app.marks().tag(id, List.of(tag)));
                case 8 -> run(out, "untag " + id + " " + tag, () -> app.marks().untag(id, List.of(tag)));
                case 9, 10 -> run(out, "read " + id, () -> app.marks().markRead(id));
                default -> run(out, "unread " + id, () -> app.marks().markUnread(id));
            }
        }
    }

    /**
     * The daily briefing's marks: not interested and back, a batch (one journal line) of read or star marks on a few
     * papers, a mute rule added or removed. A batch is {@code readall ID,ID,ID}; a rule {@code muteadd QUERY} or
     * {@code muteremove ID QUERY}. A note is {@code note ID TEXT} (its own journal line) or {@code clearnote ID}.
     */
    private static void briefingMark(AppServices app, List<String> present, Random random, int kind, String id,
                                     OutputStream out) throws Exception {
        switch (kind) {
            case 12 -> run(out, "notinterested " + id, () -> app.marks().notInterested(id));
            case 13 -> run(out, "interested " + id, () -> app.marks().interested(id));
            case 14, 15 -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 2 + random.nextInt(4); i++) {
                    ids.add(present.get(random.nextInt(present.size())));
                }
                String batch = String.join(",", ids);
                if (kind == 14) {
                    run(out, "readall " + batch, () -> app.marks().markAllRead(ids));
                } else {
                    run(out, "starall " + batch, () -> app.marks().starAll(ids));
                }
            }
            case 18 -> {
                String text = "seen " + random.nextInt(1000) + " times";
                run(out, "note " + id + " " + text, () -> app.notes().set(id, text));
            }
            case 19 -> run(out, "clearnote " + id, () -> app.notes().clear(id));
            case 16 -> {
                String query = Corpus.MUTE_QUERIES.get(random.nextInt(Corpus.MUTE_QUERIES.size()));
                run(out, "muteadd " + query, () -> app.muteRules().add(query));
            }
            default -> {
                List<org.paperfeed.model.MuteRule> rules = app.muteRules().list();
                if (!rules.isEmpty()) {
                    org.paperfeed.model.MuteRule rule = rules.get(random.nextInt(rules.size()));
                    run(out, "muteremove " + rule.id() + " " + rule.query(), () -> app.muteRules().remove(rule.id()));
                }
            }
        }
    }

    /** Refreshes file {@code file}'s source from the parent's server, adding the source first when it is new. */
    private static void refresh(AppServices app, String feeds, int file, OutputStream out) throws Exception {
        String name = Corpus.sourceName(file);
        if (app.sources().list().stream().noneMatch(source -> source.name().equals(name))) {
            run(out, "source " + file, () -> app.sources().add(feeds + Corpus.path(file), name, null));
        }
        run(out, "refresh " + file, () -> {
            RefreshReport report = app.refresh().refresh(List.of(name), null).get(0);
            if (report.failed()) {
                throw new IllegalStateException(report.summary());
            }
        });
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void run(OutputStream out, String operation, Step step) throws Exception {
        say(out, "BEGIN " + operation);
        step.run();
        say(out, "DONE");
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
