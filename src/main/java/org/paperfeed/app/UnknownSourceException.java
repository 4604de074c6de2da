package org.paperfeed.app;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A source name that is not in the user's list. The message names the sources there are, since a name the window or
 * {@code show} shortens ("HF daily" for "Hugging Face daily") is not the source's name, and "no source named" alone
 * left the reader to find it with another command.
 */
public class UnknownSourceException extends PaperFeedException {

    /** How many of the sources the message names; a longer list says how many more there are. */
    static final int NAMED = 8;

    public UnknownSourceException(String name, List<String> names) {
        super("no source named '" + name + "' " + known(names));
    }

    private static String known(List<String> names) {
        if (names.isEmpty()) {
            return "(there are none: 'paperfeed sources add URL' adds one)";
        }
        String named = names.stream().limit(NAMED).map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        int more = names.size() - NAMED;
        return "(the sources: " + named + (more > 0 ? " and " + more + " more" : "") + ")";
    }
}
