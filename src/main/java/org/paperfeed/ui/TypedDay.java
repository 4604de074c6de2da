package org.paperfeed.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.util.StringConverter;
import org.paperfeed.model.IsoDay;

/**
 * The day bar's date picker's text: "1 Jul 2026" both ways, as a row dates its paper ({@link PaperText#DATE}), and
 * typed also as ISO writes it, "2026-07-01". Text that is no date ("31 Feb 2026", "soon") keeps the day shown: the
 * picker goes back to it rather than throw (a DatePicker whose converter throws on bad text is a classic crash), and
 * blank text too, which would otherwise have left the day view (All days does that).
 */
final class TypedDay extends StringConverter<LocalDate> {

    /**
     * "1 Jul 2026", "01 jul 2026": strict, so 31 February is no date rather than the 29th; a four-digit year, as
     * {@link IsoDay} takes, since a day near java.time's last (year +999999999) has no week or month after it.
     */
    private static final DateTimeFormatter NAMED = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM ").appendValue(ChronoField.YEAR, 4).toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    /** The day the picker shows: what text that is no date gives back. */
    private final Supplier<LocalDate> shown;

    TypedDay(Supplier<LocalDate> shown) {
        this.shown = shown;
    }

    @Override
    public String toString(LocalDate day) {
        return day == null ? "" : PaperText.DATE.format(day);
    }

    @Override
    public LocalDate fromString(String text) {
        return parse(text).orElseGet(shown);
    }

    /** The day {@code text} names in one of the forms read; empty when it names none. */
    static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip(), NAMED));
        } catch (DateTimeParseException e) {
            return IsoDay.parse(text.strip()); // "2026-07-01", the one reading of a day written so
        }
    }
}
