package org.armscontrol.tracker.shared.catalogue;

import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Entry into force for a state and the default effect of a withdrawal, on the instruments' real dates. */
class EntryIntoForceRuleTest {

    @ParameterizedTest(name = "{0} {1} on {2}: in force on {3}")
    @CsvSource({
            // CCM Art. 17: the first ratifications (3 December 2008 to the thirtieth, 16 February 2010) on its
            // entry into force; later ones on the first day of the sixth month after the month of deposit.
            "CCM, RATIFIED, 2008-12-03, 2010-08-01",
            "CCM, RATIFIED, 2010-02-16, 2010-08-01",
            "CCM, RATIFIED, 2010-04-28, 2010-10-01",
            "CCM, RATIFIED, 2011-03-24, 2011-09-01",
            "CCM, RATIFIED, 2011-05-10, 2011-11-01",
            "CCM, ACCEDED, 2011-12-31, 2012-06-01",
            // Mine Ban Treaty Art. 17: Canada deposited first; Belarus acceded in September 2003.
            "APMBT, RATIFIED, 1997-12-03, 1999-03-01",
            "APMBT, ACCEDED, 2003-09-03, 2004-03-01",
            // CCW Art. 5 and Protocol V: six months after the consent, or the entry into force if later.
            "CCW-P5, RATIFIED, 2004-04-29, 2006-11-12",
            "CCW-P5, RATIFIED, 2006-05-12, 2006-11-12",
            "CCW-P5, RATIFIED, 2008-09-29, 2009-03-29",
            "CCW-P5, ACCEDED, 2008-08-31, 2009-02-28",
            "CCW, RATIFIED, 1983-06-23, 1983-12-23",
            "CCW, RATIFIED, 1982-06-23, 1983-12-02",
            // NPT and BWC: on the date of deposit once in force.
            "NPT, RATIFIED, 1969-11-24, 1970-03-05",
            "NPT, ACCEDED, 1993-07-22, 1993-07-22",
            "BWC, RATIFIED, 1975-03-26, 1975-03-26",
            // CWC: the 30th day after deposit, but a deposit before 29 April 1997 waits for the entry into force.
            "CWC, RATIFIED, 1997-04-25, 1997-04-29",
            "CWC, RATIFIED, 1997-11-03, 1997-12-03",
            // ATT: 90 days after a deposit subsequent to its entry into force (24 December 2014).
            "ATT, RATIFIED, 2014-12-02, 2014-12-24",
            "ATT, RATIFIED, 2015-02-26, 2015-05-27",
            // TPNW: 90 days after a deposit after the fiftieth (24 October 2020).
            "TPNW, RATIFIED, 2020-10-24, 2021-01-22",
            "TPNW, RATIFIED, 2020-12-11, 2021-03-11",
            // Membership and subscription: from joining.
            "NSG, JOINED, 2000-01-01, 2000-01-01",
            "HCOC, ADHERED, 2002-11-25, 2002-11-25",
            // Succession: from its date.
            "CCW, SUCCEEDED, 1993-01-01, 1993-01-01",
            // PTBT Art. III: the original parties' ratifications on its entry into force, later ones on deposit.
            "PTBT, RATIFIED, 1963-10-10, 1963-10-10",
            "PTBT, ACCEDED, 1990-05-02, 1990-05-02",
            // The zones: a deposit before the treaty's own entry into force waits for it (Tlatelolco: 22 April
            // 1968; Rarotonga: the eighth ratification, 11 December 1986; Bangkok: the seventh, 27 March 1997;
            // Pelindaba: the twenty-eighth, 15 July 2009); a later one is in force on its deposit.
            "TLATELOLCO, RATIFIED, 1967-09-20, 1968-04-22",
            "TLATELOLCO, RATIFIED, 2002-10-23, 2002-10-23",
            "RAROTONGA, RATIFIED, 1985-10-04, 1986-12-11",
            "RAROTONGA, RATIFIED, 1989-02-01, 1989-02-01",
            "BANGKOK, RATIFIED, 1996-11-01, 1997-03-27",
            "BANGKOK, RATIFIED, 2001-06-21, 2001-06-21",
            "PELINDABA, RATIFIED, 1998-01-10, 2009-07-15",
            "PELINDABA, RATIFIED, 2010-03-01, 2010-03-01",
            // Semipalatinsk: thirty days after the fifth ratification (21 March 2009), which all five waited for.
            "SEMIPALATINSK, RATIFIED, 2007-01-10, 2009-03-21",
    })
    void entry_into_force_for_a_state(String instrument, TreatyAction action, LocalDate date, LocalDate inForce) {
        assertThat(InstrumentId.of(instrument).instrument().entryIntoForceFor(action, date)).contains(inForce);
    }

    @Test
    void a_treaty_not_in_force_is_in_force_for_nobody() {
        assertThat(InstrumentId.of("CTBT").instrument().entryIntoForceFor(TreatyAction.RATIFIED,
                LocalDate.parse("1996-10-10"))).isEmpty();
    }

    @Test
    void signature_provisional_application_and_withdrawal_bring_nothing_into_force() {
        Instrument att = InstrumentId.of("ATT").instrument();
        for (TreatyAction action : new TreatyAction[]{TreatyAction.SIGNED, TreatyAction.PROVISIONALLY_APPLIED,
                TreatyAction.WITHDREW}) {
            assertThat(att.entryIntoForceFor(action, LocalDate.parse("2015-01-01"))).as(action.name()).isEmpty();
        }
    }

    @Test
    void formal_confirmation_counts_like_ratification() {
        assertThat(InstrumentId.of("CCM").instrument().entryIntoForceFor(TreatyAction.FORMALLY_CONFIRMED,
                LocalDate.parse("2011-05-10"))).contains(LocalDate.parse("2011-11-01"));
    }

    @Test
    void every_rule_reads_in_words() {
        assertThat(InstrumentId.of("CCM").instrument().entryIntoForceRule().description())
                .isEqualTo("first day of the sixth month after the month of deposit, or the instrument's entry "
                        + "into force if later");
        assertThat(InstrumentId.of("CCW-P5").instrument().entryIntoForceRule().description())
                .isEqualTo("six months after deposit, or the instrument's entry into force if later");
        assertThat(InstrumentId.of("CWC").instrument().entryIntoForceRule().description())
                .isEqualTo("30 days after deposit; deposits before the instrument's entry into force: on that date");
        assertThat(InstrumentId.of("NPT").instrument().entryIntoForceRule().description())
                .startsWith("on the date of deposit");
        assertThat(InstrumentId.of("NSG").instrument().entryIntoForceRule().description()).isEqualTo("from joining");
        assertThat(InstrumentId.of("NPT").instrument().withdrawalNotice()).hasToString("three months after notification");
        assertThat(InstrumentId.of("CCW").instrument().withdrawalNotice()).hasToString("one year after notification");
        assertThat(InstrumentId.of("NSG").instrument().withdrawalNotice()).isNull();
    }

    @ParameterizedTest(name = "{0} withdrawal notified on {1} takes effect on {2}")
    @CsvSource({
            // Lithuania notified its withdrawal from the CCM on 6 September 2024, with effect on 6 March 2025.
            "CCM, 2024-09-06, 2025-03-06",
            // The DPRK's notice of withdrawal from the NPT of 10 January 2003: three months.
            "NPT, 2003-01-10, 2003-04-10",
            "CWC, 2020-01-01, 2020-03-31",
            "CCW-P5, 2020-01-01, 2021-01-01",
            "APMBT, 2025-06-27, 2025-12-27",
            // Seabed Treaty Art. VIII: three months; Outer Space Treaty Art. XVI: one year.
            "OUTER-SPACE, 2020-01-10, 2021-01-10",
            "SEABED, 2020-01-10, 2020-04-10",
            // PTBT Art. IV and Tlatelolco Art. 30: three months; the other zones: twelve months.
            "PTBT, 2020-01-10, 2020-04-10",
            "TLATELOLCO, 2020-01-10, 2020-04-10",
            "RAROTONGA, 2020-01-10, 2021-01-10",
            "BANGKOK, 2020-01-10, 2021-01-10",
            "PELINDABA, 2020-01-10, 2021-01-10",
            "SEMIPALATINSK, 2020-01-10, 2021-01-10",
    })
    void the_notice_period_gives_a_withdrawal_its_default_effect(String instrument, LocalDate notified,
                                                                  LocalDate effective) {
        assertThat(InstrumentId.of(instrument).instrument().effectiveDateOf(TreatyAction.WITHDREW,
                ValidDate.of(notified), null)).isEqualTo(ValidDate.of(effective));
    }

    @Test
    void a_given_effective_date_wins_over_the_notice_period() {
        assertThat(InstrumentId.of("CCM").instrument().effectiveDateOf(TreatyAction.WITHDREW,
                ValidDate.parse("2024-09-06"), ValidDate.parse("2025-09-06"))).isEqualTo(ValidDate.parse("2025-09-06"));
    }

    @Test
    void a_notification_known_only_to_its_year_gets_no_default_notice() {
        ValidDate in2020 = ValidDate.of(LocalDate.parse("2020-01-01"), DatePrecision.YEAR);
        assertThat(InstrumentId.of("CCM").instrument().effectiveDateOf(TreatyAction.WITHDREW, in2020, null))
                .isEqualTo(in2020);
    }
}
