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
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;

/**
 * A PaperFeed process for the safety tests, run as a child JVM on the test class path.
 *
 * <ul>
 *   <li>{@code loop DATA INPUTS SEED TRANSCRIPT}: imports, stars, tags and read marks at random until killed. Writes
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
                loop(app, Path.of(args[2]), new Random(Long.parseLong(args[3])), transcript);
            }
        }
    }

    private static void loop(AppServices app, Path inputs, Random random, OutputStream out) throws Exception {
        List<String> present = new ArrayList<>();
        for (LibraryPaper paper : app.search().list(PaperFilter.NONE, 100_000)) {
            present.add(paper.id().value());
        }
        say(out, "READY");
        while (true) {
            int kind = random.nextInt(10);
            if (kind < 2 || present.isEmpty()) {
                int file = random.nextInt(Corpus.FILES);
                say(out, "BEGIN import " + file);
                app.imports().importFile(Corpus.file(inputs, file));
                Corpus.ids(file).stream().filter(id -> !present.contains(id)).forEach(present::add);
            } else {
                String id = present.get(random.nextInt(present.size()));
                String tag = Corpus.TAGS.get(random.nextInt(Corpus.TAGS.size()));
                switch (kind) {
                    case 2 -> run(out, "star " + id, () -> app.marks().star(id));
                    case 3 -> run(out, "unstar " + id, () -> app.marks().unstar(id));
                    case 4, 5 -> run(out, "tag " + id + " " + tag, () -> app.marks().tag(id, List.of(tag)));
                    case 6 -> run(out, "untag " + id + " " + tag, () -> app.marks().untag(id, List.of(tag)));
                    case 7, 8 -> run(out, "read " + id, () -> app.marks().markRead(id));
                    default -> run(out, "unread " + id, () -> app.marks().markUnread(id));
                }
                continue;
            }
            say(out, "DONE");
        }
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
