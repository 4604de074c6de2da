package org.paperfeed.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.export.PaperJson;

/** {@code --json} output: the value on stdout and nothing else. */
final class JsonOutput {

    private JsonOutput() {
    }

    static void print(PrintWriter out, Object value) throws PaperFeedException {
        try {
            PaperJson.write(value, out);
        } catch (IOException e) {
            throw new PaperFeedException(e.getMessage(), e);
        }
    }
}
