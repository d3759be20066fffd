package org.armscontrol.tracker.command.participation;

import org.armscontrol.tracker.shared.participation.RecordTreatyAction;
import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.participation.CorrectTreatyAction;
import org.armscontrol.tracker.shared.participation.InstrumentAdheredTo;
import org.armscontrol.tracker.shared.participation.RegimeJoined;
import org.armscontrol.tracker.shared.participation.RegimeLeft;
import org.armscontrol.tracker.shared.participation.TreatyAccededTo;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.participation.TreatyActionCorrected;
import org.armscontrol.tracker.shared.participation.TreatyProvisionallyApplied;
import org.armscontrol.tracker.shared.participation.TreatyRatified;
import org.armscontrol.tracker.shared.participation.TreatySigned;
import org.armscontrol.tracker.shared.participation.TreatySucceededTo;
import org.armscontrol.tracker.shared.participation.WithdrawnFromTreaty;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.armscontrol.tracker.command.support.Fixtures.ALICE;
import static org.armscontrol.tracker.command.support.Fixtures.ATT;
import static org.armscontrol.tracker.command.support.Fixtures.BLR;
import static org.armscontrol.tracker.command.support.Fixtures.BY_ALICE;
import static org.armscontrol.tracker.command.support.Fixtures.CCM;
import static org.armscontrol.tracker.command.support.Fixtures.CCW;
import static org.armscontrol.tracker.command.support.Fixtures.CCW_P5;
import static org.armscontrol.tracker.command.support.Fixtures.CLOCK;
import static org.armscontrol.tracker.command.support.Fixtures.HCOC;
import static org.armscontrol.tracker.command.support.Fixtures.LTU;
import static org.armscontrol.tracker.command.support.Fixtures.MONITOR;
import static org.armscontrol.tracker.command.support.Fixtures.NSG;
import static org.armscontrol.tracker.command.support.Fixtures.REASON;
import static org.armscontrol.tracker.command.support.Fixtures.UNSCR_1540;
import static org.armscontrol.tracker.command.support.Fixtures.UNTC;
import static org.armscontrol.tracker.command.support.Fixtures.day;
import static org.armscontrol.tracker.command.support.Fixtures.violates;
import static org.armscontrol.tracker.command.support.Fixtures.year;
import static org.armscontrol.tracker.shared.participation.TreatyAction.ACCEDED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.ACCEPTED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.FORMALLY_CONFIRMED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.RATIFIED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.SIGNED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.WITHDREW;

/** The rules of a state's participation in an instrument, as given/when/then specifications. */
class TreatyParticipationTest {

    private FixtureConfiguration<TreatyParticipation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TreatyParticipation.class);
        fixture.registerInjectableResource(CLOCK);
    }

    private static RecordTreatyAction sign(CountryCode country, InstrumentId instrument, String date) {
        return new RecordTreatyAction(country, instrument, TreatyAction.SIGNED, day(date), null, UNTC, null, null);
    }

    private static RecordTreatyAction ratify(CountryCode country, InstrumentId instrument, String date) {
        return new RecordTreatyAction(country, instrument, RATIFIED, day(date), null, UNTC, null, null);
    }

    private static TreatySigned signed(CountryCode country, InstrumentId instrument, String date) {
        return new TreatySigned(country, instrument, day(date), UNTC, null, ALICE);
    }

    private static TreatyRatified ratified(CountryCode country, InstrumentId instrument, String date) {
        return new TreatyRatified(country, instrument, RATIFIED, day(date), UNTC, null, ALICE);
    }

    @Nested
    class Signature {

        @Test
        void a_state_signs_a_treaty_open_for_signature() {
            fixture.givenNoPriorActivity()
                    .when(sign(BLR, CCW, "1981-04-10"), BY_ALICE)
                    .expectEvents(signed(BLR, CCW, "1981-04-10"))
                    .expectResultMessagePayload(new WriteResult("BLR:CCW", 0, false));
        }

        @Test
        void a_state_signs_only_once() {
            fixture.given(signed(BLR, CCW, "1981-04-10"))
                    .when(sign(BLR, CCW, "1981-05-01"), BY_ALICE)
                    .expectException(violates("ALREADY_SIGNED"))
                    .expectNoEvents();
        }

        @Test
        void an_instrument_joined_by_consent_to_be_bound_has_no_signature() {
            fixture.givenNoPriorActivity()
                    .when(sign(BLR, CCW_P5, "2008-09-29"), BY_ALICE)
                    .expectException(violates("ACTION_NOT_APPLICABLE"));
        }

        @Test
        void no_signature_after_the_signature_period_closed() {
            // The CCM was open for signature until its entry into force on 1 August 2010.
            fixture.givenNoPriorActivity()
                    .when(sign(BLR, CCM, "2010-08-01"), BY_ALICE)
                    .expectException(violates("SIGNATURE_CLOSED"));
        }

        @Test
        void no_date_before_the_instrument_opened() {
            fixture.givenNoPriorActivity()
                    .when(sign(BLR, CCM, "2008-12-02"), BY_ALICE)
                    .expectException(violates("BEFORE_INSTRUMENT_OPENED"));
        }

        @Test
        void a_date_of_year_precision_may_overlap_the_opening() {
            // "signed in 2008" is possible for the CCM, opened on 3 December 2008.
            fixture.givenNoPriorActivity()
                    .when(new RecordTreatyAction(BLR, CCM, TreatyAction.SIGNED, year(2008), null, UNTC, null, null), BY_ALICE)
                    .expectEvents(new TreatySigned(BLR, CCM, year(2008), UNTC, null, ALICE));
        }
    }

    @Nested
    class Dates {

        @Test
        void no_date_in_the_future() {
            // Now is 2026-11-23 12:00 UTC: 2026-11-24 has begun east of UTC+12, 2026-11-25 nowhere.
            fixture.givenNoPriorActivity()
                    .when(new RecordTreatyAction(BLR, NSG, TreatyAction.JOINED, day("2026-11-25"), null, UNTC, null, null), BY_ALICE)
                    .expectException(violates("DATE_IN_FUTURE"));
        }

        @Test
        void a_date_that_is_today_somewhere_on_earth_is_not_in_the_future() {
            fixture.givenNoPriorActivity()
                    .when(new RecordTreatyAction(BLR, NSG, TreatyAction.JOINED, day("2026-11-24"), null, UNTC, null, null), BY_ALICE)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void no_date_before_the_previous_action() {
            fixture.given(signed(BLR, CCW, "1981-05-10"))
                    .when(ratify(BLR, CCW, "1981-05-09"), BY_ALICE)
                    .expectException(violates("OUT_OF_ORDER"));
        }

        @Test
        void an_action_on_the_same_day_as_the_previous_one_is_in_order() {
            fixture.given(signed(BLR, CCW, "1981-04-10"))
                    .when(ratify(BLR, CCW, "1981-04-10"), BY_ALICE)
                    .expectEvents(ratified(BLR, CCW, "1981-04-10"));
        }
    }

    @Nested
    class Ratification {

        @Test
        void a_signatory_ratifies() {
            fixture.given(signed(BLR, CCW, "1981-04-10"))
                    .when(ratify(BLR, CCW, "1983-06-23"), BY_ALICE)
                    .expectEvents(ratified(BLR, CCW, "1983-06-23"))
                    .expectResultMessagePayload(new WriteResult("BLR:CCW", 1, false));
        }

        @Test
        void acceptance_and_approval_are_forms_of_ratification() {
            fixture.given(signed(BLR, CCW, "1981-04-10"))
                    .when(new RecordTreatyAction(BLR, CCW, ACCEPTED, day("1983-06-23"), null, UNTC, null, null), BY_ALICE)
                    .expectEvents(new TreatyRatified(BLR, CCW, ACCEPTED, day("1983-06-23"), UNTC, null, ALICE));
        }

        @Test
        void a_consent_to_be_bound_protocol_is_ratified_without_signature() {
            // "Belarus ratified Protocol V on 29 September 2008."
            fixture.givenNoPriorActivity()
                    .when(new RecordTreatyAction(BLR, CCW_P5, RATIFIED, day("2008-09-29"), null, MONITOR, null, null), BY_ALICE)
                    .expectEvents(new TreatyRatified(BLR, CCW_P5, RATIFIED, day("2008-09-29"), MONITOR, null, ALICE))
                    .expectResultMessagePayload(new WriteResult("BLR:CCW-P5", 0, false));
        }

        @Test
        void no_ratifying_twice() {
            fixture.given(new TreatyRatified(BLR, CCW_P5, RATIFIED, day("2008-09-29"), MONITOR, null, ALICE))
                    .when(new RecordTreatyAction(BLR, CCW_P5, RATIFIED, day("2009-09-29"), null, MONITOR, null, null), BY_ALICE)
                    .expectException(violates("ALREADY_PARTY"))
                    .expectNoEvents();
        }

        @Test
        void no_ratification_without_signature_where_signature_comes_first() {
            fixture.givenNoPriorActivity()
                    .when(ratify(BLR, CCM, "2010-01-01"), BY_ALICE)
                    .expectException(violates("SIGNATURE_REQUIRED"));
        }

        @Test
        void a_withdrawn_state_does_not_ratify_again() {
            fixture.given(signed(LTU, CCM, "2008-12-03"), ratified(LTU, CCM, "2011-03-24"),
                            new WithdrawnFromTreaty(LTU, CCM, day("2024-09-06"), day("2025-03-06"), UNTC, null, ALICE))
                    .when(ratify(LTU, CCM, "2025-06-01"), BY_ALICE)
                    .expectException(violates("WITHDRAWN"));
        }
    }

    @Nested
    class Accession {

        @Test
        void a_state_that_did_not_sign_accedes() {
            fixture.givenNoPriorActivity()
                    .when(new RecordTreatyAction(BLR, CCM, TreatyAction.ACCEDED, day("2011-01-01"), null, UNTC, null, null), BY_ALICE)
                    .expectEvents(new TreatyAccededTo(BLR, CCM, day("2011-01-01"), UNTC, null, ALICE));
        }

        @Test
        void no_accession_after_signature() {
            fixture.given(signed(BLR, CCW, "1981-04-10"))
                    .when(new RecordTreatyAction(BLR, CCW, TreatyAction.ACCEDED, day("1990-01-01"), null, UNTC, null, null), BY_ALICE)
                    .expectException(violates("ACCESSION_AFTER_SIGNATURE"));
        }

        @Test
        void no_accession_by_a_party() {
            fixture.given(new TreatyAccededTo(BLR, CCM, day("2011-01-01"), UNTC, null, ALICE))
                    .when(new RecordTreatyAction(BLR, CCM, TreatyAction.ACCEDED, day("2012-01-01"), null, UNTC, null, null), BY_ALICE)
                    .expectException(violates("ALREADY_PARTY"));
        }

        @Test
        void a_withdrawn_state_rejoins_by_accession_once_its_withdrawal_took_effect() {
            fixture.given(signed(LTU, CCM, "2008-12-03"), ratified(LTU, CCM, "2011-03-24"),
                            new WithdrawnFromTreaty(LTU, CCM, day("2024-09-06"), day("2025-03-06"), UNTC, null, ALICE))
                    .when(new RecordTreatyAction(LTU, CCM, TreatyAction.ACCEDED, day("2026-01-15"), null, UNTC, null, null), BY_ALICE)
                    .expectEvents(new TreatyAccededTo(LTU, CCM, day("2026-01-15"), UNTC, null, ALICE));
        }

        @Test
        void no_accession_before_the_withdrawal_took_effect() {
            fixture.given(signed(LTU, CCM, "2008-12-03"), ratified(LTU, CCM, "2011-03-24"),
                            new WithdrawnFromTreaty(LTU, CCM, day("2024-09-06"), day("2025-03-06"), UNTC, null, ALICE))
                    .when(new RecordTreatyAction(LTU, CCM, TreatyAction.ACCEDED, day("2024-12-01"), null, UNTC, null, null), BY_ALICE)
                    .expectException(violates("OUT_OF_ORDER"));
        }
    }

    @Nested
    class Succession {

        @Test
        void a_new_state_succeeds_to_a_treaty() {
            fixture.givenNoPriorActivity()
                    .when(new RecordTreatyAction(BLR, CCW, TreatyAction.SUCCEEDED, day("1992-01-01"), null, UNTC, null, null), BY_ALICE)
                    .expectEvents(new TreatySucceededTo(BLR, CCW, day("1992-01-01"), UNTC, null, ALICE));
        }

        @Test
        void a_party_does_not_succeed() {
            fixture.given(signed(BLR, CCW, "1981-04-10"), ratified(BLR, CCW, "1983-06-23"))
                    .when(new RecordTreatyAction(BLR, CCW, TreatyAction.SUCCEEDED, day("1992-01-01"), null, UNTC, null, null), BY_ALICE)
                    .expectException(violates("ALREADY_PARTY"));
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void a_party_withdraws_with_notice() {
            // Lithuania notified its withdrawal from the CCM in September 2024, with effect in March 2025.
            fixture.given(signed(LTU, CCM, "2008-12-03"), ratified(LTU, CCM, "2011-03-24"))
                    .when(new RecordTreatyAction(LTU, CCM, TreatyAction.WITHDREW, day("2024-09-06"), day("2025-03-06"), UNTC, null, null),
                            BY_ALICE)
                    .expectEvents(new WithdrawnFromTreaty(LTU, CCM, day("2024-09-06"), day("2025-03-06"), UNTC,
                            null, ALICE));
        }

        @Test
        void the_effective_date_defaults_to_the_end_of_the_notice_period() {
            // CCM Art. 20: a withdrawal takes effect six months after the depositary receives it.
            fixture.given(signed(LTU, CCM, "2008-12-03"), ratified(LTU, CCM, "2011-03-24"))
                    .when(new RecordTreatyAction(LTU, CCM, TreatyAction.WITHDREW, day("2024-09-06"), null, UNTC, null, null), BY_ALICE)
                    .expectEvents(new WithdrawnFromTreaty(LTU, CCM, day("2024-09-06"), day("2025-03-06"), UNTC,
                            null, ALICE));
        }

        @Test
        void a_party_withdraws_during_the_notice_period_of_nothing_else() {
            // Notified, not yet effective: the state cannot withdraw again nor rejoin before the effect.
            fixture.given(signed(LTU, CCM, "2008-12-03"), ratified(LTU, CCM, "2011-03-24"),
                            new WithdrawnFromTreaty(LTU, CCM, day("2024-09-06"), day("2025-03-06"), UNTC, null, ALICE))
                    .when(new RecordTreatyAction(LTU, CCM, TreatyAction.WITHDREW, day("2025-03-06"), null, UNTC, null, null), BY_ALICE)
                    .expectException(violates("NOT_A_PARTY"));
        }

        @Test
        void only_a_party_withdraws() {
            fixture.given(signed(BLR, CCW, "1981-04-10"))
                    .when(new RecordTreatyAction(BLR, CCW, TreatyAction.WITHDREW, day("1990-01-01"), null, UNTC, null, null), BY_ALICE)
                    .expectException(violates("NOT_A_PARTY"));
        }

        @Test
        void a_state_without_participation_does_not_withdraw() {
            fixture.givenNoPriorActivity()
                    .when(new RecordTreatyAction(BLR, CCM, TreatyAction.WITHDREW, day("2020-01-01"), null, UNTC, null, null), BY_ALICE)
                    .expectException(violates("NOT_A_PARTY"));
        }

        @Test
        void no_withdrawing_twice() {
            fixture.given(signed(LTU, CCM, "2008-12-03"), ratified(LTU, CCM, "2011-03-24"),
                            new WithdrawnFromTreaty(LTU, CCM, day("2024-09-06"), day("2025-03-06"), UNTC, null, ALICE))
                    .when(new RecordTreatyAction(LTU, CCM, TreatyAction.WITHDREW, day("2025-06-01"), null, UNTC, null, null), BY_ALICE)
                    .expectException(violates("NOT_A_PARTY"));
        }
    }

    @Nested
    class RegimesAndCodes {

        @Test
        void a_state_joins_a_regime_in_a_year_the_source_gives() {
            // "Belarus has been a member of Nuclear Suppliers Group since 2000."
            fixture.givenNoPriorActivity()
                    .when(new RecordTreatyAction(BLR, NSG, TreatyAction.JOINED, year(2000), null, UNTC, null, null), BY_ALICE)
                    .expectEvents(new RegimeJoined(BLR, NSG, year(2000), UNTC, null, ALICE));
        }

        @Test
        void no_joining_twice() {
            fixture.given(new RegimeJoined(BLR, NSG, year(2000), UNTC, null, ALICE))
                    .when(new RecordTreatyAction(BLR, NSG, TreatyAction.JOINED, day("2005-01-01"), null, UNTC, null, null), BY_ALICE)
                    .expectException(violates("ALREADY_MEMBER"));
        }

        @Test
        void a_regime_is_not_signed() {
            fixture.givenNoPriorActivity()
                    .when(sign(BLR, NSG, "2000-06-01"), BY_ALICE)
                    .expectException(violates("ACTION_NOT_APPLICABLE"));
        }

        @Test
        void a_member_leaves() {
            fixture.given(new RegimeJoined(BLR, NSG, year(2000), UNTC, null, ALICE))
                    .when(new RecordTreatyAction(BLR, NSG, TreatyAction.LEFT, day("2022-01-01"), null, UNTC, null, null), BY_ALICE)
                    .expectEvents(new RegimeLeft(BLR, NSG, day("2022-01-01"), day("2022-01-01"), UNTC, null, ALICE));
        }

        @Test
        void only_a_member_leaves() {
            fixture.givenNoPriorActivity()
                    .when(new RecordTreatyAction(BLR, NSG, TreatyAction.LEFT, day("2022-01-01"), null, UNTC, null, null), BY_ALICE)
                    .expectException(violates("NOT_A_MEMBER"));
        }

        @Test
        void a_state_adheres_to_a_code_of_conduct() {
            fixture.givenNoPriorActivity()
                    .when(new RecordTreatyAction(BLR, HCOC, TreatyAction.ADHERED, day("2002-11-25"), null, UNTC, null, null), BY_ALICE)
                    .expectEvents(new InstrumentAdheredTo(BLR, HCOC, day("2002-11-25"), UNTC, null, ALICE));
        }

        @Test
        void no_adhering_twice() {
            fixture.given(new InstrumentAdheredTo(BLR, HCOC, day("2002-11-25"), UNTC, null, ALICE))
                    .when(new RecordTreatyAction(BLR, HCOC, TreatyAction.ADHERED, day("2012-01-01"), null, UNTC, null, null), BY_ALICE)
                    .expectException(violates("ALREADY_ADHERENT"));
        }

        @Test
        void a_security_council_resolution_takes_no_action_by_states() {
            fixture.givenNoPriorActivity()
                    .when(new RecordTreatyAction(BLR, UNSCR_1540, TreatyAction.ADHERED, day("2004-05-01"), null, UNTC, null, null), BY_ALICE)
                    .expectException(violates("ACTION_NOT_APPLICABLE"));
        }
    }

    @Nested
    class Correction {

        private CorrectTreatyAction correct(String wrongDate, String date) {
            return new CorrectTreatyAction(BLR, CCW, RATIFIED, wrongDate == null ? null : LocalDate.parse(wrongDate), day(date), null, null, null, REASON, UNTC, null);
        }

        @Test
        void a_correction_records_the_right_date_beside_the_original() {
            fixture.given(signed(BLR, CCW, "1981-04-10"), ratified(BLR, CCW, "1983-06-24"))
                    .when(correct(null, "1983-06-23"), BY_ALICE)
                    .expectEvents(new TreatyActionCorrected(BLR, CCW, RATIFIED, 1, day("1983-06-24"), day("1983-06-23"), day("1983-06-24"), day("1983-06-23"), REASON, UNTC, ALICE, null, null, null))
                    .expectResultMessagePayload(new WriteResult("BLR:CCW", 2, false));
        }

        @Test
        void a_correction_must_match_a_recorded_action() {
            fixture.given(signed(BLR, CCW, "1981-04-10"))
                    .when(correct(null, "1983-06-23"), BY_ALICE)
                    .expectException(violates("NOTHING_TO_CORRECT"));
        }

        @Test
        void a_wrong_date_that_matches_nothing_is_refused() {
            fixture.given(signed(BLR, CCW, "1981-04-10"), ratified(BLR, CCW, "1983-06-24"))
                    .when(correct("1983-06-25", "1983-06-23"), BY_ALICE)
                    .expectException(violates("NOTHING_TO_CORRECT"));
        }

        @Test
        void nothing_to_correct_where_nothing_is_recorded() {
            fixture.givenNoPriorActivity()
                    .when(correct(null, "1983-06-23"), BY_ALICE)
                    .expectException(AggregateNotFoundException.class);
        }

        @Test
        void a_correction_must_change_something() {
            fixture.given(signed(BLR, CCW, "1981-04-10"), ratified(BLR, CCW, "1983-06-23"))
                    .when(correct(null, "1983-06-23"), BY_ALICE)
                    .expectException(violates("CORRECTION_CHANGES_NOTHING"));
        }

        @Test
        void a_correction_keeps_the_actions_in_order() {
            fixture.given(signed(BLR, CCW, "1981-06-01"), ratified(BLR, CCW, "1983-06-23"))
                    .when(correct(null, "1981-05-01"), BY_ALICE)
                    .expectException(violates("OUT_OF_ORDER"));
        }

        @Test
        void a_corrected_date_is_not_in_the_future() {
            fixture.given(signed(BLR, CCW, "1981-04-10"), ratified(BLR, CCW, "1983-06-23"))
                    .when(correct(null, "2027-01-01"), BY_ALICE)
                    .expectException(violates("DATE_IN_FUTURE"));
        }

        @Test
        void a_correction_of_one_of_several_like_actions_names_its_wrong_date() {
            var history = new Object[]{signed(LTU, CCM, "2008-12-03"), ratified(LTU, CCM, "2011-03-24"),
                    new WithdrawnFromTreaty(LTU, CCM, day("2024-09-06"), day("2025-03-06"), UNTC, null, ALICE),
                    new TreatyAccededTo(LTU, CCM, day("2026-01-15"), UNTC, null, ALICE)};
            fixture.given(history)
                    .when(new CorrectTreatyAction(LTU, CCM, ACCEDED, null, day("2026-01-16"), null, null, null, REASON, UNTC, null), BY_ALICE)
                    .expectEvents(new TreatyActionCorrected(LTU, CCM, ACCEDED, 3, day("2026-01-15"), day("2026-01-16"), day("2026-01-15"), day("2026-01-16"), REASON, UNTC, ALICE, null, null, null));
        }

        @Test
        void an_ambiguous_correction_is_refused() {
            fixture.given(new TreatyAccededTo(LTU, CCM, day("2011-03-24"), UNTC, null, ALICE),
                            new WithdrawnFromTreaty(LTU, CCM, day("2024-09-06"), day("2025-03-06"), UNTC, null, ALICE),
                            new TreatyAccededTo(LTU, CCM, day("2026-01-15"), UNTC, null, ALICE))
                    .when(new CorrectTreatyAction(LTU, CCM, ACCEDED, null, day("2026-01-16"), null, null, null, REASON, UNTC, null), BY_ALICE)
                    .expectException(violates("AMBIGUOUS_CORRECTION"));
        }

        @Test
        void the_wrong_date_picks_one_of_several_like_actions() {
            fixture.given(new TreatyAccededTo(LTU, CCM, day("2011-03-24"), UNTC, null, ALICE),
                            new WithdrawnFromTreaty(LTU, CCM, day("2024-09-06"), day("2025-03-06"), UNTC, null, ALICE),
                            new TreatyAccededTo(LTU, CCM, day("2026-01-15"), UNTC, null, ALICE))
                    .when(new CorrectTreatyAction(LTU, CCM, ACCEDED, LocalDate.parse("2011-03-24"), day("2011-03-25"), null, null, null, REASON, UNTC, null), BY_ALICE)
                    .expectEvents(new TreatyActionCorrected(LTU, CCM, ACCEDED, 0, day("2011-03-24"), day("2011-03-25"), day("2011-03-24"), day("2011-03-25"), REASON, UNTC, ALICE, null, null, null));
        }

        @Test
        void the_effective_date_of_a_withdrawal_can_be_corrected() {
            fixture.given(signed(LTU, CCM, "2008-12-03"), ratified(LTU, CCM, "2011-03-24"),
                            new WithdrawnFromTreaty(LTU, CCM, day("2024-09-06"), day("2025-03-06"), UNTC, null, ALICE))
                    .when(new CorrectTreatyAction(LTU, CCM, WITHDREW, null, day("2024-09-06"), day("2025-03-07"), null, null, REASON, UNTC, null), BY_ALICE)
                    .expectEvents(new TreatyActionCorrected(LTU, CCM, WITHDREW, 2, day("2024-09-06"), day("2024-09-06"), day("2025-03-06"), day("2025-03-07"), REASON, UNTC, ALICE, null, null, null));
        }

        @Test
        void only_withdrawals_and_departures_have_an_effective_date() {
            fixture.given(signed(BLR, CCW, "1981-04-10"), ratified(BLR, CCW, "1983-06-24"))
                    .when(new CorrectTreatyAction(BLR, CCW, RATIFIED, null, day("1983-06-23"), day("1983-12-02"), null, null, REASON, UNTC, null), BY_ALICE)
                    .expectException(violates("NO_EFFECTIVE_DATE"));
        }

        @Test
        void later_rules_see_the_corrected_date() {
            // Signature moved from 1981-04-10 to 1981-06-01: a ratification in May 1981 is now out of order.
            fixture.given(signed(BLR, CCW, "1981-04-10"),
                            new TreatyActionCorrected(BLR, CCW, SIGNED, 0, day("1981-04-10"), day("1981-06-01"), day("1981-04-10"), day("1981-06-01"), REASON, UNTC, ALICE, null, null, null))
                    .when(ratify(BLR, CCW, "1981-05-15"), BY_ALICE)
                    .expectException(violates("OUT_OF_ORDER"));
        }
    }

    @Nested
    class ProvisionalApplication {

        private RecordTreatyAction apply(String date) {
            return new RecordTreatyAction(BLR, ATT, TreatyAction.PROVISIONALLY_APPLIED, day(date), null, UNTC, null, null);
        }

        private TreatyProvisionallyApplied applied(String date) {
            return new TreatyProvisionallyApplied(BLR, ATT, day(date), UNTC, null, ALICE);
        }

        @Test
        void a_signatory_applies_the_att_provisionally() {
            fixture.given(signed(BLR, ATT, "2013-09-25"))
                    .when(apply("2013-09-25"), BY_ALICE)
                    .expectEvents(applied("2013-09-25"))
                    .expectResultMessagePayload(new WriteResult("BLR:ATT", 1, false));
        }

        @Test
        void a_state_that_did_not_sign_applies_provisionally_at_its_accession() {
            // ATT Art. 23: "any State may at the time of signature or the deposit of its instrument of ratification,
            // acceptance, approval or accession" declare that it applies Articles 6 and 7 provisionally.
            fixture.givenNoPriorActivity()
                    .when(apply("2013-09-25"), BY_ALICE)
                    .expectEvents(new TreatyProvisionallyApplied(BLR, ATT, day("2013-09-25"), UNTC, null, ALICE));
        }

        @Test
        void only_where_the_instrument_provides_for_it() {
            InstrumentId tpnw = InstrumentId.of("TPNW");
            fixture.given(signed(BLR, tpnw, "2017-09-20"))
                    .when(new RecordTreatyAction(BLR, tpnw, TreatyAction.PROVISIONALLY_APPLIED, day("2018-01-01"), null, UNTC, null, null), BY_ALICE)
                    .expectException(violates("ACTION_NOT_APPLICABLE"));
        }

        @Test
        void not_twice() {
            fixture.given(signed(BLR, ATT, "2013-09-25"), applied("2013-09-25"))
                    .when(apply("2014-01-01"), BY_ALICE)
                    .expectException(violates("ALREADY_APPLYING_PROVISIONALLY"));
        }

        @Test
        void not_by_a_party() {
            fixture.given(signed(BLR, ATT, "2013-09-25"), ratified(BLR, ATT, "2014-06-02"))
                    .when(apply("2014-07-01"), BY_ALICE)
                    .expectException(violates("ALREADY_PARTY"));
        }

        @Test
        void a_state_applying_provisionally_ratifies() {
            fixture.given(signed(BLR, ATT, "2013-09-25"), applied("2013-09-25"))
                    .when(ratify(BLR, ATT, "2014-06-02"), BY_ALICE)
                    .expectEvents(ratified(BLR, ATT, "2014-06-02"));
        }

        @Test
        void a_state_applying_provisionally_neither_accedes_nor_signs_again_nor_withdraws() {
            fixture.given(signed(BLR, ATT, "2013-09-25"), applied("2013-09-25"))
                    .when(new RecordTreatyAction(BLR, ATT, TreatyAction.ACCEDED, day("2015-01-01"), null, UNTC, null, null), BY_ALICE)
                    .expectException(violates("ACCESSION_AFTER_SIGNATURE"));
            fixture.given(signed(BLR, ATT, "2013-09-25"), applied("2013-09-25"))
                    .when(sign(BLR, ATT, "2014-01-01"), BY_ALICE)
                    .expectException(violates("ALREADY_SIGNED"));
            fixture.given(signed(BLR, ATT, "2013-09-25"), applied("2013-09-25"))
                    .when(new RecordTreatyAction(BLR, ATT, TreatyAction.WITHDREW, day("2015-01-01"), null, UNTC, null, null), BY_ALICE)
                    .expectException(violates("NOT_A_PARTY"));
        }

        @Test
        void provisional_application_is_not_before_the_signature() {
            fixture.given(signed(BLR, ATT, "2013-09-25"))
                    .when(apply("2013-09-24"), BY_ALICE)
                    .expectException(violates("OUT_OF_ORDER"));
        }

        @Test
        void its_date_can_be_corrected() {
            fixture.given(signed(BLR, ATT, "2013-09-25"), applied("2013-09-26"))
                    .when(new CorrectTreatyAction(BLR, ATT, TreatyAction.PROVISIONALLY_APPLIED, null, day("2013-09-25"), null, null, null, REASON, UNTC, null), BY_ALICE)
                    .expectEvents(new TreatyActionCorrected(BLR, ATT, TreatyAction.PROVISIONALLY_APPLIED, 1, day("2013-09-26"), day("2013-09-25"), day("2013-09-26"), day("2013-09-25"), REASON, UNTC, ALICE, null, null, null));
        }
    }

    @Nested
    class FormalConfirmation {

        private RecordTreatyAction confirm(InstrumentId instrument, String date) {
            return new RecordTreatyAction(BLR, instrument, FORMALLY_CONFIRMED, day(date), null, UNTC, null, null);
        }

        @Test
        void a_signatory_formally_confirms_and_becomes_a_party() {
            fixture.given(signed(BLR, CCW, "1981-04-10"))
                    .when(confirm(CCW, "1983-06-23"), BY_ALICE)
                    .expectEvents(new TreatyRatified(BLR, CCW, FORMALLY_CONFIRMED, day("1983-06-23"), UNTC, null,
                            ALICE));
        }

        @Test
        void a_protocol_is_formally_confirmed_without_signature() {
            fixture.givenNoPriorActivity()
                    .when(confirm(CCW_P5, "2008-09-29"), BY_ALICE)
                    .expectEvents(new TreatyRatified(BLR, CCW_P5, FORMALLY_CONFIRMED, day("2008-09-29"), UNTC, null,
                            ALICE));
        }

        @Test
        void formal_confirmation_needs_the_signature_where_signature_comes_first() {
            fixture.givenNoPriorActivity()
                    .when(confirm(CCW, "1983-06-23"), BY_ALICE)
                    .expectException(violates("SIGNATURE_REQUIRED"));
        }

        @Test
        void not_by_a_party() {
            fixture.given(signed(BLR, CCW, "1981-04-10"), ratified(BLR, CCW, "1983-06-23"))
                    .when(confirm(CCW, "1984-01-01"), BY_ALICE)
                    .expectException(violates("ALREADY_PARTY"));
        }

        @Test
        void not_on_a_regime() {
            fixture.givenNoPriorActivity()
                    .when(confirm(NSG, "2000-06-01"), BY_ALICE)
                    .expectException(violates("ACTION_NOT_APPLICABLE"));
        }
    }

    @Test
    void a_stale_expected_version_is_refused_even_on_the_create_if_missing_path() {
        fixture.given(signed(BLR, CCW, "1981-04-10"))
                .when(new RecordTreatyAction(BLR, CCW, RATIFIED, day("1983-06-23"), null, UNTC, null, 3L), BY_ALICE)
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void the_current_expected_version_is_accepted() {
        fixture.given(signed(BLR, CCW, "1981-04-10"))
                .when(new RecordTreatyAction(BLR, CCW, RATIFIED, day("1983-06-23"), null, UNTC, null, 0L), BY_ALICE)
                .expectEvents(ratified(BLR, CCW, "1983-06-23"));
    }

    @Test
    void a_command_without_a_recorder_is_refused() {
        fixture.givenNoPriorActivity()
                .when(sign(BLR, CCW, "1981-04-10"))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }
}
