package org.paperfeed.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.PaperNotes;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.PrintableText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code note ID} prints a paper's note; {@code note ID TEXT…} sets it (the words joined by spaces), {@code note ID -}
 * sets it from standard input, {@code note ID --clear} removes it. A note is at most 10,000 characters; a longer one
 * is refused in one line and nothing changes.
 */
@Command(name = "note", description = "Show, set or clear a paper's note (TEXT… joined by spaces; - reads stdin).")
final class NoteCommand extends UseCaseCommand<UseCaseCommand.Named<PaperNotes>> {

    /** Enough bytes for any note this version accepts (4 bytes a character, CR LF line ends), and one more. */
    private static final int MAX_STDIN_BYTES = PaperState.MAX_NOTE_LENGTH * 8 + 1;

    @Parameters(index = "0", paramLabel = "ID", description = "An arXiv id (2403.01234) or a doi:… / t-… id from 'list'")
    String id;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "TEXT",
            description = "The note; '-' reads it from standard input")
    List<String> words;

    @Option(names = "--clear", description = "Remove the note")
    boolean clear;

    /** Where {@code -} reads from; tests give their own. */
    InputStream stdin = System.in;

    NoteCommand() {
        super(UseCase.named(UseCase.NOTES));
    }

    @Override
    void checkUsage() {
        if (clear && words != null && !words.isEmpty()) {
            throw usage("--clear takes no text; give either TEXT or --clear");
        }
    }

    @Override
    int run(Named<PaperNotes> named) throws PaperFeedException {
        PaperNotes notes = named.useCase();
        boolean hasText = words != null && !words.isEmpty();
        if (!clear && !hasText) {
            String note = notes.get(id);
            if (!note.isEmpty()) {
                note.lines().map(PrintableText::line).forEach(out()::println);
            }
            return ExitCodes.OK;
        }
        String text = clear ? "" : words.equals(List.of("-")) ? readStandardInput() : String.join(" ", words);
        if (!clear && text.isBlank()) {
            // An empty clipboard piped in ("pbpaste | paperfeed note ID -") or an unset variable had removed the note
            // with exit 0: only --clear removes one.
            throw new PaperFeedException("the note text is empty; nothing changed (to remove the note, use --clear)");
        }
        LibraryPaper paper = notes.set(id, text);
        out().println(PaperLines.line(paper, null, named.names()));
        return ExitCodes.OK;
    }

    @Override
    boolean readsOnly() {
        return (words == null || words.isEmpty()) && !clear;
    }

    private String readStandardInput() throws PaperFeedException {
        try {
            byte[] bytes = stdin.readNBytes(MAX_STDIN_BYTES);
            if (bytes.length == MAX_STDIN_BYTES) {
                throw new PaperFeedException("a note can be at most " + PaperState.MAX_NOTE_LENGTH
                        + " characters; standard input holds more");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PaperFeedException("standard input could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    boolean marksPapersOnly() {
        return true;
    }
}
