package org.armscontrol.tracker.shared.query;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryCursorTest {

    private static final Instant RECORDED = Instant.parse("2026-11-22T12:00:00.123456Z");

    @Test
    void a_cursor_reads_back_as_written_and_is_url_safe() {
        // An id may hold any character, the separator included.
        HistoryCursor cursor = new HistoryCursor(LocalDate.of(2008, 9, 29), RECORDED, "BLR:CCW-P5#1|x/ü");
        String text = cursor.encoded();
        assertThat(text).matches("[A-Za-z0-9_-]+");
        assertThat(HistoryCursor.parse(text)).isEqualTo(cursor);
    }

    @Test
    void cursors_order_as_the_timeline_by_valid_date_then_recorded_instant_then_id() {
        HistoryCursor first = new HistoryCursor(LocalDate.of(2008, 1, 1), RECORDED.plusSeconds(60), "b");
        HistoryCursor second = new HistoryCursor(LocalDate.of(2008, 1, 2), RECORDED, "a");
        HistoryCursor third = new HistoryCursor(LocalDate.of(2008, 1, 2), RECORDED.plusNanos(1000), "a");
        HistoryCursor fourth = new HistoryCursor(LocalDate.of(2008, 1, 2), RECORDED.plusNanos(1000), "b");
        assertThat(first).isLessThan(second);
        assertThat(second).isLessThan(third);
        assertThat(third).isLessThan(fourth);
    }

    @Test
    void text_the_tracker_did_not_write_is_refused() {
        String encodedGarbage = Base64.getUrlEncoder().encodeToString("2008-13-01|now|x".getBytes());
        for (String text : new String[]{"", "page2", "%%%", encodedGarbage,
                Base64.getUrlEncoder().encodeToString("2008-01-01|2026-11-22T12:00:00Z|".getBytes())}) {
            assertThatThrownBy(() -> HistoryCursor.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cursor");
        }
    }
}
