package org.paperfeed.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.paperfeed.app.BrowseDays;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.IsoDay;

/**
 * What {@code --day} takes: {@code YYYY-MM-DD}, {@code latest} (the latest day with papers), {@code today} or
 * {@code yesterday} (by the local clock).
 */
final class DayArgument {

    static final String FORMS = "YYYY-MM-DD, latest, today or yesterday";

    private DayArgument() {
    }

    /** True when {@code text} is one of the forms; checked before the library is asked anything. */
    static boolean isValid(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        if (word.equals("latest") || word.equals("today") || word.equals("yesterday")) {
            return true;
        }
        return IsoDay.parse(word).isPresent();
    }

    /** Why {@code text} is not a day {@code --day} takes, for the one line on stderr. */
    static String refusal(String text) {
        return IsoDay.whyNot(text.strip()).orElse("--day takes " + FORMS + ", not '" + text + "'");
    }

    /** The day meant; empty for {@code latest} when no paper has a listing day yet. */
    static Optional<LocalDate> resolve(String text, Clock clock, BrowseDays browse) throws PaperFeedException {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "latest" -> browse.latestDay();
            case "today" -> Optional.of(LocalDate.now(clock));
            case "yesterday" -> Optional.of(LocalDate.now(clock).minusDays(1));
            default -> Optional.of(IsoDay.parse(text.strip()).orElseThrow(
                    () -> new PaperFeedException(refusal(text))));
        };
    }

    /**
     * The day meant, or empty after saying on {@code err} that no paper has a listing day yet ({@code latest} in an
     * empty library): the command then prints its empty list and succeeds.
     */
    static Optional<LocalDate> resolveOrSay(String text, Clock clock, BrowseDays browse, PrintWriter err)
            throws PaperFeedException {
        Optional<LocalDate> day = resolve(text, clock, browse);
        if (day.isEmpty()) {
            err.println("paperfeed: no paper has a listing day yet");
        }
        return day;
    }
}
