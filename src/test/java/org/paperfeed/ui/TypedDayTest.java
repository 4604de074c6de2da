package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The date picker's text: "1 Jul 2026" both ways, ISO typed too, and anything else the day shown, never thrown. */
class TypedDayTest {

    static final LocalDate SHOWN = LocalDate.of(2024, 3, 4);
    /** A Wednesday early in December, so that "31 Dec" typed is last year's. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    final TypedDay converter = new TypedDay(() -> SHOWN, () -> TODAY);

    @Test
    void namesADayAsTheRowsDo() {
        assertThat(converter.toString(LocalDate.of(2026, 7, 1))).isEqualTo("1 Jul 2026");
        assertThat(converter.toString(null)).isEmpty();
    }

    @Test
    void readsTheDayAsThePickerNamesItOrAsIsoWritesIt() {
        LocalDate july = LocalDate.of(2026, 7, 1);
        assertThat(converter.fromString("1 Jul 2026")).isEqualTo(july);
        assertThat(converter.fromString("  01 jul 2026 ")).isEqualTo(july);
        assertThat(converter.fromString("2026-07-01")).isEqualTo(july);
        assertThat(converter.fromString("29 Feb 2024")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void textThatIsNoDayGivesTheDayShown() {
        for (String text : new String[] {"31 Feb 2024", "29 Feb 2025", "2024-13-40", "soon", "1/6/2026", "", "  ",
            null, "99999999999 Jul 2026", "31 Sep", "tomorrow", "Jul 2026", "1 Jul 26", "1 Juli 2026", "+999999999-12-31", "31 Dec +999999999", "1 Jul 12026"}) {
            assertThat(converter.fromString(text)).as("%s", text).isEqualTo(SHOWN);
            assertThat(converter.parse(text)).as("%s", text).isEmpty();
        }
    }

    /** As a reader writes a day: the month in full, the month first, the words the command line's --day takes. */
    @Test
    void readsTheMonthInFullOrFirstAndTodayAndYesterday() {
        LocalDate july = LocalDate.of(2026, 7, 1);
        for (String text : new String[] {"1 July 2026", "july 1 2026", "Jul 1, 2026", "July  1,  2026", "JUL 1 2026"}) {
            assertThat(converter.parse(text)).as("%s", text).contains(july);
        }
        assertThat(converter.fromString("Today")).isEqualTo(TODAY);
        assertThat(converter.fromString(" yesterday ")).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    /** A day without its year is the latest such day up to today: a reader looks back over the days listed. */
    @Test
    void aDayWithoutItsYearIsTheLatestUpToToday() {
        assertThat(converter.parse("1 Jul")).contains(LocalDate.of(2026, 7, 1));
        assertThat(converter.parse("2 Dec")).as("today").contains(TODAY);
        assertThat(converter.parse("December 3")).as("tomorrow's date: last year's")
                .contains(LocalDate.of(2025, 12, 3));
        assertThat(converter.parse("29 Feb")).as("the last leap day").contains(LocalDate.of(2024, 2, 29));
    }
}
