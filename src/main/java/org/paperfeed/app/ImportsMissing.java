package org.paperfeed.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperfeed.library.PaperLibrary;

/**
 * Files the user imported, not kept in the digest archive (arXiv metadata snapshots), none of whose papers the library
 * holds: its index was lost or rebuilt without them. Said on every open until the files are imported again, since
 * nothing else would tell an emptied library from an empty one.
 *
 * @param files the files' names, as they were imported
 */
public record ImportsMissing(List<String> files) {

    public ImportsMissing {
        files = List.copyOf(files);
    }

    /** The imported files that are not kept and of which {@code library} holds no paper; empty when there are none. */
    static Optional<ImportsMissing> in(PaperLibrary library, ImportedFiles imported) throws IOException {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> file : imported.notKept().entrySet()) {
            if (!library.holdsPapersFrom(file.getKey())) {
                missing.add(file.getValue());
            }
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(new ImportsMissing(missing));
    }

    /** E.g. "The papers imported from arxiv.jsonl are missing from the library (the file is not kept): import it again." */
    public String message() {
        return sentence(" from the library");
    }

    /** The same sentence after a rebuild's, which has said where they are missing from. */
    String afterRebuild() {
        return sentence("");
    }

    private String sentence(String where) {
        boolean one = files.size() == 1;
        String names = one ? files.get(0)
                : String.join(", ", files.subList(0, files.size() - 1)) + " and " + files.get(files.size() - 1);
        return "The papers imported from " + names + " are missing" + where
                + (one ? " (the file is not kept): import it again." : " (the files are not kept): import them again.");
    }
}
