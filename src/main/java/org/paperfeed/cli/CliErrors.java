package org.paperfeed.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperfeed.app.PaperFeedException;
import picocli.CommandLine;

/**
 * Turns whatever a command threw into one line a user can act on. A message may echo what the user typed (a tag, an
 * interest, a mute rule's id, a query, a file name) or a value from the library: it is shown as every text a terminal
 * only shows ({@link PaperLines#oneLine}), so a bidi override or a bell in it cannot reorder or corrupt the line, and a
 * word too long to read is shortened ({@link #line}).
 */
final class CliErrors {

    /** Longer than any path or id a person reads in a message; what is longer is cut in its middle. */
    private static final int LONGEST_WORD = 200;
    /** A word, without the quotes, colon or brackets a message puts around what it echoes. */
    private static final Pattern LONG_WORD = Pattern.compile("[^\\s'\"():,]{" + (LONGEST_WORD + 1) + ",}");
    /** picocli's own words for two options of one exclusive group: "Error: --a=X, --b=Y are mutually exclusive…". */
    private static final Pattern EXCLUSIVE = Pattern.compile("(?:Error: )?(.+) are mutually exclusive.*");

    private CliErrors() {
    }

    static String describe(Exception e) {
        if (e instanceof PaperFeedException) {
            return line(e.getMessage());
        }
        String message = e.getMessage();
        return "unexpected error: " + e.getClass().getSimpleName() + (message == null ? "" : ": " + line(message));
    }

    /** A mistake in the command line, in the words the other usage messages use. */
    static String describe(CommandLine.ParameterException e) {
        String message = UnknownCommand.describe(e).orElse(e.getMessage());
        Matcher exclusive = EXCLUSIVE.matcher(message);
        if (e instanceof CommandLine.MutuallyExclusiveArgsException && exclusive.matches()) {
            // "Error: --date=YYYY-MM-DD, --since=YYYY-MM-DD are mutually exclusive (specify only one)" read as a
            // crash; every other pair of options says "--week and --month cannot be used together".
            String options = String.join(" and ", java.util.Arrays.stream(exclusive.group(1).split(", "))
                    .map(option -> option.replaceFirst("=.*", "")).toList());
            return options + " cannot be used together";
        }
        return line(message);
    }

    /**
     * One line for a terminal ({@link PaperLines#oneLine}) with every word over 200 characters cut in its middle:
     * {@code list --day} given a 5,000-character value had echoed it whole, and a file name too long for the file
     * system twice, 10,000 characters of one line in which the reason was lost.
     */
    static String line(String message) {
        String shown = PaperLines.oneLine(String.valueOf(message));
        Matcher word = LONG_WORD.matcher(shown);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            String w = word.group();
            int cut = w.offsetByCodePoints(0, 60);
            int end = w.offsetByCodePoints(w.length(), -20);
            word.appendReplacement(out, Matcher.quoteReplacement(w.substring(0, cut) + "…(" + w.codePointCount(0,
                    w.length()) + " characters)…" + w.substring(end)));
        }
        word.appendTail(out);
        return out.toString();
    }
}
