package org.paperfeed.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A library folder copied for a test that opens it as a library of its own, and a folder emptied between rounds. */
final class TestFolders {

    private TestFolders() {
    }

    /** Copies a library folder, its lock file left out (the copy is opened as a library of its own). */
    static void copyLibrary(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("library.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Deletes the folder and everything in it; nothing when it does not exist. */
    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
