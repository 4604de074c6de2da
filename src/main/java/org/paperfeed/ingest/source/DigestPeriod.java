package org.paperfeed.ingest.source;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Objects;

/** The span of days a dated fetch asks for; weeks are ISO weeks, Monday first, as the Hugging Face API counts them. */
public sealed interface DigestPeriod {

    /** The query parameter Hugging Face's daily papers API takes for this kind of period. */
    String parameter();

    /** The parameter's value: "2026-03-11", "2026-W11" or "2026-03". */
    String value();

    record Day(LocalDate date) implements DigestPeriod {

        public Day {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String parameter() {
            return "date";
        }

        @Override
        public String value() {
            return date.toString();
        }
    }

    /** The ISO week containing {@code anyDay}; near New Year its week-based year can differ from the calendar year. */
    record Week(LocalDate anyDay) implements DigestPeriod {

        public Week {
            Objects.requireNonNull(anyDay, "anyDay");
        }

        @Override
        public String parameter() {
            return "week";
        }

        @Override
        public String value() {
            return String.format("%d-W%02d",
                    anyDay.get(IsoFields.WEEK_BASED_YEAR), anyDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    }

    record Month(YearMonth month) implements DigestPeriod {

        public Month {
            Objects.requireNonNull(month, "month");
        }

        @Override
        public String parameter() {
            return "month";
        }

        @Override
        public String value() {
            return month.toString();
        }
    }
}
