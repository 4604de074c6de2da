package org.paperfeed.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Names a mistyped command as one: picocli said "Unmatched argument at index 2: 'lst'", which does not say that
 * {@code lst} was taken for a command, nor which one was meant. The root takes no words of its own, so a word left over
 * there is always a command that does not exist.
 */
final class UnknownCommand {

    /** A typo is a letter or two: past that, a guess ("frobnicate": did you mean 'interested'?) only misleads. */
    private static final int MAX_EDITS = 2;

    private UnknownCommand() {
    }

    /** "unknown command 'lst' (did you mean 'list'?)", or empty when the mistake is not a mistyped command. */
    static Optional<String> describe(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || e.getCommandLine().getParent() != null) {
            return Optional.empty();
        }
        List<String> words = unmatched.getUnmatched();
        if (words.isEmpty() || words.get(0).startsWith("-")) {
            return Optional.empty(); // an unknown option, which picocli names as such
        }
        String typed = words.get(0);
        // picocli's own suggestions rank by shared letter pairs, which offered 'star' for 'lst'.
        Optional<String> meant = e.getCommandLine().getSubcommands().keySet().stream()
                .filter(command -> edits(typed, command) <= MAX_EDITS)
                .min(Comparator.comparingInt((String command) -> edits(typed, command)));
        return Optional.of("unknown command '" + typed + "'"
                + meant.map(command -> " (did you mean '" + command + "'?)").orElse(""));
    }

    /** Letters inserted, deleted, changed or swapped with the next one (optimal string alignment), case ignored. */
    static int edits(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[][] d = new int[s.length() + 1][t.length() + 1];
        for (int i = 0; i <= s.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= t.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[s.length()][t.length()];
    }
}
