package org.paperfeed.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.paperfeed.support.Plural;

/**
 * The library index had to be rebuilt when the library was opened: what happened, in a sentence the window and the
 * command line show as they are.
 *
 * @param damaged             true when the index's files were damaged, false when the index was missing
 *                            although digests were kept
 * @param problem             what was wrong with the index, for the log and a bug report
 * @param papers              papers in the rebuilt library
 * @param digests             kept digests read back
 * @param unreadableDigests   kept digests that could not be read back (their papers are missing)
 * @param markedPapersMissing papers with stars, tags or read marks whose digests are no longer kept: their marks stay
 *                            saved and come back with the paper on its next import
 * @param setAside            where the damaged index was moved, or null
 * @param importsMissing      imported files that are not kept (snapshots) and so are missing from the rebuilt index,
 *                            or null when there are none
 * @param salvaged            papers read back from the intact segments of the damaged index (those of an imported
 *                            snapshot among them), 0 when none could be
 * @param lost                papers the damaged index's damaged segments held that no kept digest brought back
 * @param maybeIncomplete     imported files that are not kept whose papers may be among those lost (empty when none
 *                            were lost): to import again
 */
public record LibraryRecovered(boolean damaged, String problem, int papers, int digests, int unreadableDigests,
                               int markedPapersMissing, Path setAside, Duration took, ImportsMissing importsMissing,
                               int salvaged, int lost, java.util.List<String> maybeIncomplete) {

    public LibraryRecovered {
        maybeIncomplete = java.util.List.copyOf(maybeIncomplete);
    }

    public Optional<Path> setAsideIndex() {
        return Optional.ofNullable(setAside);
    }

    public Optional<ImportsMissing> missingImports() {
        return Optional.ofNullable(importsMissing);
    }

    /**
     * E.g. "The library index was damaged; rebuilt 74 papers from 3 kept digests; your stars and tags are intact.", or
     * with a damaged index's intact parts read back, "…; rebuilt 94 papers: 20 read back from its intact parts, 74
     * from 1 kept digest; …".
     */
    public String message() {
        StringBuilder text = new StringBuilder("The library index was ").append(damaged ? "damaged" : "missing")
                .append("; rebuilt ").append(count(papers, "paper"));
        if (salvaged == 0) {
            text.append(" from ").append(count(digests, "kept digest"));
        } else if (papers == salvaged) {
            text.append(", all read back from its intact parts");
        } else {
            text.append(": ").append(String.format(java.util.Locale.ROOT, "%,d", salvaged))
                    .append(" read back from its intact parts, ")
                    .append(String.format(java.util.Locale.ROOT, "%,d", papers - salvaged)).append(" from ")
                    .append(count(digests, "kept digest"));
        }
        if (markedPapersMissing == 0) {
            text.append("; your stars and tags are intact.");
        } else {
            text.append("; your stars and tags are saved, but ").append(count(markedPapersMissing, "marked paper"))
                    .append(markedPapersMissing == 1 ? " is" : " are")
                    .append(" no longer in a kept digest and will reappear with ")
                    .append(markedPapersMissing == 1 ? "its" : "their").append(" marks when imported again.");
        }
        if (importsMissing != null) {
            // Else "rebuilt 0 papers from 0 kept digests" is all a library of an imported snapshot would hear.
            text.append(" ").append(importsMissing.afterRebuild());
        }
        if (lost > 0) {
            text.append(' ').append(count(lost, "paper")).append(" of its damaged parts could not be brought back.");
        }
        if (!maybeIncomplete.isEmpty() && importsMissing == null) {
            boolean one = maybeIncomplete.size() == 1;
            text.append(" Papers imported from ").append(String.join(", ", maybeIncomplete))
                    .append(one ? " may be among them (the file is not kept): import it again."
                            : " may be among them (the files are not kept): import them again.");
        }
        if (unreadableDigests > 0) {
            text.append(" ").append(count(unreadableDigests, "kept digest"))
                    .append(" could not be read back.");
        }
        if (setAside != null) {
            text.append(" The damaged index was kept in ").append(setAside).append('.');
        }
        return text.toString();
    }

    private static String count(int n, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d %s", n, Plural.noun(n, noun));
    }
}
