package org.armscontrol.tracker.shared.value;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidDateTest {

    @Test
    void a_date_of_year_precision_stands_for_the_whole_year() {
        ValidDate since2000 = ValidDate.of(LocalDate.of(2000, 1, 1), DatePrecision.YEAR);
        assertThat(since2000.earliest()).isEqualTo("2000-01-01");
        assertThat(since2000.latest()).isEqualTo("2000-12-31");
        assertThat(since2000).hasToString("2000");
    }

    @Test
    void a_date_of_month_precision_stands_for_the_whole_month() {
        ValidDate april = ValidDate.of(LocalDate.of(2008, 4, 1), DatePrecision.MONTH);
        assertThat(april.latest()).isEqualTo("2008-04-30");
        assertThat(april).hasToString("2008-04");
    }

    @Test
    void a_date_of_coarse_precision_is_written_as_the_first_day_of_its_period() {
        assertThatThrownBy(() -> ValidDate.of(LocalDate.of(2000, 6, 1), DatePrecision.YEAR))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("2000-01-01");
    }

    @Test
    void precision_defaults_to_day() {
        assertThat(new ValidDate(LocalDate.of(2008, 9, 29), null).precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void the_record_starts_in_1945() {
        assertThat(ValidDate.parse("1945-01-01").date()).isEqualTo("1945-01-01");
        assertThatThrownBy(() -> ValidDate.parse("1944-12-31")).hasMessageContaining("before 1945-01-01");
    }
}
