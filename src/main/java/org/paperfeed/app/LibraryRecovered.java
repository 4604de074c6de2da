package org.paperfeed.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

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
 */
public record LibraryRecovered(boolean damaged, String problem, int papers, int digests, int unreadableDigests,
                               int markedPapersMissing, Path setAside, Duration took, ImportsMissing importsMissing) {

    public Optional<Path> setAsideIndex() {
        return Optional.ofNullable(setAside);
    }

    public Optional<ImportsMissing> missingImports() {
        return Optional.ofNullable(importsMissing);
    }

    /** E.g. "The library index was damaged; rebuilt 74 papers from 3 kept digests; your stars and tags are intact." */
    public String message() {
        StringBuilder text = new StringBuilder("The library index was ").append(damaged ? "damaged" : "missing")
                .append("; rebuilt ").append(papers).append(papers == 1 ? " paper" : " papers").append(" from ")
                .append(digests).append(digests == 1 ? " kept digest" : " kept digests");
        if (markedPapersMissing == 0) {
            text.append("; your stars and tags are intact.");
        } else {
            text.append("; your stars and tags are saved, but ").append(markedPapersMissing)
                    .append(markedPapersMissing == 1 ? " marked paper is" : " marked papers are")
                    .append(" no longer in a kept digest and will reappear with its marks when imported again.");
        }
        if (importsMissing != null) {
            // Else "rebuilt 0 papers from 0 kept digests" is all a library of an imported snapshot would hear.
            text.append(" ").append(importsMissing.afterRebuild());
        }
        if (unreadableDigests > 0) {
            text.append(" ").append(unreadableDigests).append(unreadableDigests == 1 ? " kept digest" : " kept digests")
                    .append(" could not be read back.");
        }
        if (setAside != null) {
            text.append(" The damaged index was kept in ").append(setAside).append('.');
        }
        return text.toString();
    }
}
