package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The kept real days are what their SOURCE note says: 60 weekdays, each file holding only that day's entries. */
class RealHfDaysTest {

    @Test
    void keepsSixtyWeekdaysEachHoldingOnlyItsOwnDaysEntries() {
        assertThat(RealHfDays.days()).hasSize(60).first().isEqualTo(LocalDate.of(2026, 5, 29));
        JsonMapper json = JsonMapper.builder().build();
        int entries = 0;
        for (LocalDate day : RealHfDays.days()) {
            JsonNode root = json.readTree(RealHfDays.bytes(day));
            assertThat(root.isArray()).as(day.toString()).isTrue();
            for (JsonNode entry : root.values()) {
                String submitted = entry.get("paper").get("submittedOnDailyAt").asString();
                assertThat(OffsetDateTime.parse(submitted).atZoneSameInstant(ZoneOffset.UTC).toLocalDate())
                        .isEqualTo(day);
                entries++;
            }
        }
        assertThat(entries).isEqualTo(1419);
    }
}
