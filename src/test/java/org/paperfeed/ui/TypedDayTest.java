package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The date picker's text: "1 Jul 2026" both ways, ISO typed too, and anything else the day shown, never thrown. */
class TypedDayTest {

    static final LocalDate SHOWN = LocalDate.of(2024, 3, 4);
    final TypedDay converter = new TypedDay(() -> SHOWN);

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
            null, "1 Jul", "99999999999 Jul 2026", "+999999999-12-31", "31 Dec +999999999", "1 Jul 12026"}) {
            assertThat(converter.fromString(text)).as("%s", text).isEqualTo(SHOWN);
            assertThat(TypedDay.parse(text)).as("%s", text).isEmpty();
        }
    }
}
