package org.armscontrol.tracker.command.participation;

import org.armscontrol.tracker.shared.participation.CorrectTreatyAction;
import org.armscontrol.tracker.shared.participation.RecordTreatyAction;
import org.armscontrol.tracker.shared.participation.TreatyAccededTo;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.participation.TreatyActionCorrected;
import org.armscontrol.tracker.shared.participation.TreatyActionTaken;
import org.armscontrol.tracker.shared.participation.TreatyActionVoided;
import org.armscontrol.tracker.shared.participation.TreatyProvisionallyApplied;
import org.armscontrol.tracker.shared.participation.TreatyRatified;
import org.armscontrol.tracker.shared.participation.TreatySigned;
import org.armscontrol.tracker.shared.participation.TreatySucceededTo;
import org.armscontrol.tracker.shared.participation.VoidTreatyAction;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.armscontrol.tracker.command.support.Fixtures.ALICE;
import static org.armscontrol.tracker.command.support.Fixtures.ATT;
import static org.armscontrol.tracker.command.support.Fixtures.BY_ALICE;
import static org.armscontrol.tracker.command.support.Fixtures.CCM;
import static org.armscontrol.tracker.command.support.Fixtures.CCW_P5;
import static org.armscontrol.tracker.command.support.Fixtures.CLOCK;
import static org.armscontrol.tracker.command.support.Fixtures.UNTC;
import static org.armscontrol.tracker.command.support.Fixtures.day;
import static org.armscontrol.tracker.command.support.Fixtures.violates;
import static org.armscontrol.tracker.shared.participation.TreatyAction.ACCEDED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.ACCEPTED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.APPROVED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.CONSENTED_TO_BE_BOUND;
import static org.armscontrol.tracker.shared.participation.TreatyAction.DECLARED_NOT_TO_BECOME_PARTY;
import static org.armscontrol.tracker.shared.participation.TreatyAction.PROVISIONALLY_APPLIED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.RATIFIED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.REVOKED_CONSENT;
import static org.armscontrol.tracker.shared.participation.TreatyAction.SIGNED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.SUCCEEDED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.SUCCEEDED_TO_SIGNATURE;
import static org.armscontrol.tracker.shared.participation.TreatyAction.SUSPENDED;

/**
 * What the depositaries record, kept distinct and checked by the instruments' final clauses, and how a clerk undoes
 * a slip: the real cases of the UN Treaty Collection's Chapter XXVI tables, as given/when/then specifications.
 */
class DepositaryRecordsTest {

    private static final CountryCode BLZ = CountryCode.of("BLZ");
    private static final CountryCode LTU = CountryCode.of("LTU");
    private static final CountryCode CZE = CountryCode.of("CZE");
    private static final CountryCode FRA = CountryCode.of("FRA");
    private static final CountryCode USA = CountryCode.of("USA");
    private static final InstrumentId CWC = InstrumentId.of("CWC");
    private static final InstrumentId TPNW = InstrumentId.of("TPNW");
    private static final InstrumentId ENMOD = InstrumentId.of("ENMOD");
    private static final InstrumentId CCW_ART1 = InstrumentId.of("CCW-ART1");
    private static final Reason KEYING_SLIP = Reason.of("Keyed under the wrong country");

    private FixtureConfiguration<TreatyParticipation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TreatyParticipation.class);
        fixture.registerInjectableResource(CLOCK);
    }

    private static RecordTreatyAction act(CountryCode country, InstrumentId instrument, TreatyAction action,
                                          String date) {
        return RecordTreatyAction.of(country, instrument, action, day(date), UNTC);
    }

    private static TreatyActionTaken taken(CountryCode country, InstrumentId instrument, TreatyAction action,
                                           String date) {
        return new TreatyActionTaken(country, instrument, action, day(date), day(date), UNTC, null, ALICE);
    }

    @Nested
    class ConsentToBeBound {

        @Test
        void a_protocol_is_joined_by_notifying_consent_to_be_bound_and_the_kind_is_kept() {
            // XXVI-2-d: Belarus, 29 Sep 2008, marker P.
            fixture.givenNoPriorActivity()
                    .when(act(CountryCode.of("BLR"), CCW_P5, CONSENTED_TO_BE_BOUND, "2008-09-29"), BY_ALICE)
                    .expectEvents(taken(CountryCode.of("BLR"), CCW_P5, CONSENTED_TO_BE_BOUND, "2008-09-29"));
        }

        @Test
        void no_consent_to_be_bound_to_a_treaty_with_a_signature_stage() {
            fixture.givenNoPriorActivity()
                    .when(act(FRA, CCM, CONSENTED_TO_BE_BOUND, "2009-09-25"), BY_ALICE)
                    .expectException(violates("ACTION_NOT_APPLICABLE"));
        }

        @Test
        void not_twice() {
            fixture.given(taken(FRA, CCW_P5, CONSENTED_TO_BE_BOUND, "2006-03-31"))
                    .when(act(FRA, CCW_P5, CONSENTED_TO_BE_BOUND, "2007-03-31"), BY_ALICE)
                    .expectException(violates("ALREADY_PARTY"));
        }

        @Test
        void an_amendment_is_accepted_without_any_signature() {
            // XXVI-2-c: the United Kingdom accepted the article 1 amendment on 25 July 2002 (A).
            fixture.givenNoPriorActivity()
                    .when(act(CountryCode.of("GBR"), CCW_ART1, ACCEPTED, "2002-07-25"), BY_ALICE)
                    .expectEvents(new TreatyRatified(CountryCode.of("GBR"), CCW_ART1, ACCEPTED, day("2002-07-25"),
                            UNTC, null, ALICE));
        }
    }

    @Nested
    class AcceptanceWithoutSignature {

        @Test
        void where_the_instrument_opens_acceptance_to_any_state_a_non_signatory_accepts() {
            fixture.givenNoPriorActivity()
                    .when(act(CountryCode.of("ERI"), CWC, ACCEPTED, "2000-02-14"), BY_ALICE)
                    .expectEvents(new TreatyRatified(CountryCode.of("ERI"), CWC, ACCEPTED, day("2000-02-14"), UNTC,
                            null, ALICE));
        }

        @Test
        void where_it_opens_them_to_signatories_only_approval_needs_a_signature_and_the_refusal_cites_the_clause() {
            fixture.givenNoPriorActivity()
                    .when(act(FRA, TPNW, APPROVED, "2018-01-01"), BY_ALICE)
                    .expectException(violates("SIGNATURE_REQUIRED", "TPNW Art. 13-14"));
        }
    }

    @Nested
    class ProvisionalApplicationAtConsent {

        @Test
        void a_state_that_never_signed_declares_provisional_application_with_its_accession() {
            // XXVI-6: Belize, 2 Sep 2014: declaration under Art. 18 (n), accession (a).
            fixture.given(new TreatyProvisionallyApplied(BLZ, CCM, day("2014-09-02"), UNTC, null, ALICE))
                    .when(act(BLZ, CCM, ACCEDED, "2014-09-02"), BY_ALICE)
                    .expectEvents(new TreatyAccededTo(BLZ, CCM, day("2014-09-02"), UNTC, null, ALICE));
        }

        @Test
        void a_signatory_declares_it_with_its_ratification() {
            // XXVI-6: Lithuania signed on 3 Dec 2008, declared (n) and ratified on 24 Mar 2011.
            fixture.given(new TreatySigned(LTU, CCM, day("2008-12-03"), UNTC, null, ALICE))
                    .when(act(LTU, CCM, PROVISIONALLY_APPLIED, "2011-03-24"), BY_ALICE)
                    .expectEvents(new TreatyProvisionallyApplied(LTU, CCM, day("2011-03-24"), UNTC, null, ALICE));
        }

        @Test
        void then_the_signatory_applying_it_ratifies() {
            fixture.given(new TreatySigned(LTU, CCM, day("2008-12-03"), UNTC, null, ALICE),
                            new TreatyProvisionallyApplied(LTU, CCM, day("2011-03-24"), UNTC, null, ALICE))
                    .when(act(LTU, CCM, RATIFIED, "2011-03-24"), BY_ALICE)
                    .expectEvents(new TreatyRatified(LTU, CCM, RATIFIED, day("2011-03-24"), UNTC, null, ALICE));
        }

        @Test
        void a_party_declares_nothing_after_its_consent_and_is_told_to_record_the_declaration_first() {
            fixture.given(new TreatySigned(LTU, CCM, day("2008-12-03"), UNTC, null, ALICE),
                            new TreatyRatified(LTU, CCM, RATIFIED, day("2011-03-24"), UNTC, null, ALICE))
                    .when(act(LTU, CCM, PROVISIONALLY_APPLIED, "2011-03-24"), BY_ALICE)
                    .expectException(violates("ALREADY_PARTY"));
        }

        @Test
        void an_unsigned_state_applying_it_still_does_not_ratify_where_signature_comes_first() {
            fixture.given(new TreatyProvisionallyApplied(BLZ, CCM, day("2014-09-02"), UNTC, null, ALICE))
                    .when(act(BLZ, CCM, RATIFIED, "2014-09-02"), BY_ALICE)
                    .expectException(violates("SIGNATURE_REQUIRED", "CCM Art. 15-16"));
        }

        @Test
        void a_signatory_applying_the_att_provisionally_does_not_accede() {
            fixture.given(new TreatySigned(BLZ, ATT, day("2013-06-03"), UNTC, null, ALICE),
                            new TreatyProvisionallyApplied(BLZ, ATT, day("2013-06-03"), UNTC, null, ALICE))
                    .when(act(BLZ, ATT, ACCEDED, "2014-06-03"), BY_ALICE)
                    .expectException(violates("ACCESSION_AFTER_SIGNATURE"));
        }
    }

    @Nested
    class Succession {

        @Test
        void a_successor_state_succeeds_to_its_predecessors_signature() {
            fixture.givenNoPriorActivity()
                    .when(act(CZE, ENMOD, SUCCEEDED_TO_SIGNATURE, "1993-01-01"), BY_ALICE)
                    .expectEvents(taken(CZE, ENMOD, SUCCEEDED_TO_SIGNATURE, "1993-01-01"));
        }

        @Test
        void a_signatory_by_succession_then_notifies_succession_to_the_instrument() {
            fixture.given(taken(CZE, ENMOD, SUCCEEDED_TO_SIGNATURE, "1993-01-01"))
                    .when(act(CZE, ENMOD, SUCCEEDED, "1993-02-22"), BY_ALICE)
                    .expectEvents(new TreatySucceededTo(CZE, ENMOD, day("1993-02-22"), UNTC, null, ALICE));
        }

        @Test
        void a_signatory_by_succession_may_also_ratify() {
            fixture.given(taken(CZE, ENMOD, SUCCEEDED_TO_SIGNATURE, "1993-01-01"))
                    .when(act(CZE, ENMOD, RATIFIED, "1994-01-01"), BY_ALICE)
                    .expectEvents(new TreatyRatified(CZE, ENMOD, RATIFIED, day("1994-01-01"), UNTC, null, ALICE));
        }
    }

    @Nested
    class StepsUndoneOrSuspended {

        @Test
        void a_signatory_declares_that_it_does_not_intend_to_become_a_party() {
            fixture.given(new TreatySigned(USA, ATT, day("2013-09-25"), UNTC, null, ALICE))
                    .when(act(USA, ATT, DECLARED_NOT_TO_BECOME_PARTY, "2019-07-18"), BY_ALICE)
                    .expectEvents(taken(USA, ATT, DECLARED_NOT_TO_BECOME_PARTY, "2019-07-18"));
        }

        @Test
        void only_a_signatory_declares_so() {
            fixture.givenNoPriorActivity()
                    .when(act(USA, ATT, DECLARED_NOT_TO_BECOME_PARTY, "2019-07-18"), BY_ALICE)
                    .expectException(violates("NOT_A_SIGNATORY"));
        }

        @Test
        void after_such_a_declaration_the_state_does_not_sign_again() {
            // The CTBT stays open for signature (Art. XI), so only the declaration stands in the way.
            InstrumentId ctbt = InstrumentId.of("CTBT");
            fixture.given(new TreatySigned(USA, ctbt, day("1996-09-24"), UNTC, null, ALICE),
                            taken(USA, ctbt, DECLARED_NOT_TO_BECOME_PARTY, "2019-07-18"))
                    .when(act(USA, ctbt, SIGNED, "2019-08-01"), BY_ALICE)
                    .expectException(violates("NOT_BECOMING_PARTY"));
        }

        @Test
        void a_signatory_revokes_its_ratification_before_the_instrument_is_in_force_for_it() {
            // TPNW: in force 90 days after deposit (Art. 15(2)).
            fixture.given(new TreatySigned(FRA, TPNW, day("2017-09-20"), UNTC, null, ALICE),
                            new TreatyRatified(FRA, TPNW, RATIFIED, day("2022-01-10"), UNTC, null, ALICE))
                    .when(act(FRA, TPNW, REVOKED_CONSENT, "2022-02-01"), BY_ALICE)
                    .expectEvents(taken(FRA, TPNW, REVOKED_CONSENT, "2022-02-01"));
        }

        @Test
        void no_revocation_once_the_instrument_is_in_force_for_the_state() {
            fixture.given(new TreatySigned(FRA, TPNW, day("2017-09-20"), UNTC, null, ALICE),
                            new TreatyRatified(FRA, TPNW, RATIFIED, day("2022-01-10"), UNTC, null, ALICE))
                    .when(act(FRA, TPNW, REVOKED_CONSENT, "2022-06-01"), BY_ALICE)
                    .expectException(violates("NOT_REVOCABLE"));
        }

        @Test
        void no_suspension_where_the_clauses_do_not_provide_for_it() {
            fixture.given(new TreatySigned(FRA, CCM, day("2008-12-03"), UNTC, null, ALICE),
                            new TreatyRatified(FRA, CCM, RATIFIED, day("2009-09-25"), UNTC, null, ALICE))
                    .when(act(FRA, CCM, SUSPENDED, "2020-01-01"), BY_ALICE)
                    .expectException(violates("ACTION_NOT_APPLICABLE"));
        }
    }

    @Nested
    class OtherDepositaries {

        private final InstrumentId seabed = InstrumentId.of("SEABED");

        @Test
        void the_seabed_treaty_was_open_for_signature_until_its_entry_into_force() {
            fixture.givenNoPriorActivity()
                    .when(act(FRA, seabed, SIGNED, "1972-05-18"), BY_ALICE)
                    .expectException(violates("SIGNATURE_CLOSED", "SEABED Art. X"));
        }

        @Test
        void a_state_that_did_not_sign_accedes_and_withdraws_after_three_months_notice() {
            fixture.given(new TreatyAccededTo(FRA, seabed, day("2000-01-10"), UNTC, null, ALICE))
                    .when(act(FRA, seabed, TreatyAction.WITHDREW, "2020-01-10"), BY_ALICE)
                    .expectEvents(new org.armscontrol.tracker.shared.participation.WithdrawnFromTreaty(FRA, seabed,
                            day("2020-01-10"), day("2020-04-10"), UNTC, null, ALICE));
        }

        private final InstrumentId ptbt = InstrumentId.of("PTBT");

        @Test
        void the_original_parties_signed_the_partial_test_ban_treaty_at_moscow_and_ratified_it() {
            CountryCode gbr = CountryCode.of("GBR");
            fixture.given(new TreatySigned(gbr, ptbt, day("1963-08-05"), UNTC, null, ALICE))
                    .when(act(gbr, ptbt, RATIFIED, "1963-10-10"), BY_ALICE)
                    .expectEvents(new TreatyRatified(gbr, ptbt, RATIFIED, day("1963-10-10"), UNTC, null, ALICE));
        }

        @Test
        void the_partial_test_ban_treaty_was_open_for_signature_until_its_entry_into_force() {
            fixture.givenNoPriorActivity()
                    .when(act(FRA, ptbt, SIGNED, "1963-10-10"), BY_ALICE)
                    .expectException(violates("SIGNATURE_CLOSED", "PTBT Art. III"));
        }

        @Test
        void a_state_withdraws_from_the_partial_test_ban_treaty_after_three_months_notice() {
            fixture.given(new TreatyAccededTo(FRA, ptbt, day("1990-01-10"), UNTC, null, ALICE))
                    .when(act(FRA, ptbt, TreatyAction.WITHDREW, "2020-01-10"), BY_ALICE)
                    .expectEvents(new org.armscontrol.tracker.shared.participation.WithdrawnFromTreaty(FRA, ptbt,
                            day("2020-01-10"), day("2020-04-10"), UNTC, null, ALICE));
        }
    }

    @Nested
    class NuclearWeaponFreeZones {

        private final CountryCode cub = CountryCode.of("CUB");
        private final InstrumentId tlatelolco = InstrumentId.of("TLATELOLCO");
        private final InstrumentId pelindaba = InstrumentId.of("PELINDABA");
        private final InstrumentId semipalatinsk = InstrumentId.of("SEMIPALATINSK");

        @Test
        void tlatelolco_is_open_for_signature_indefinitely() {
            // Art. 25: Cuba signed in 1995, twenty-eight years after the opening, and ratified in 2002.
            fixture.givenNoPriorActivity()
                    .when(act(cub, tlatelolco, SIGNED, "1995-03-25"), BY_ALICE)
                    .expectEvents(new TreatySigned(cub, tlatelolco, day("1995-03-25"), UNTC, null, ALICE));
        }

        @Test
        void a_state_of_the_zone_ratifies_only_what_it_signed() {
            fixture.givenNoPriorActivity()
                    .when(act(cub, tlatelolco, RATIFIED, "2002-10-23"), BY_ALICE)
                    .expectException(violates("SIGNATURE_REQUIRED", "TLATELOLCO Art. 25-28"));
        }

        @Test
        void a_denunciation_of_tlatelolco_takes_effect_three_months_after_its_notification() {
            fixture.given(new TreatySigned(cub, tlatelolco, day("1995-03-25"), UNTC, null, ALICE),
                            new TreatyRatified(cub, tlatelolco, RATIFIED, day("2002-10-23"), UNTC, null, ALICE))
                    .when(act(cub, tlatelolco, TreatyAction.WITHDREW, "2020-01-10"), BY_ALICE)
                    .expectEvents(new org.armscontrol.tracker.shared.participation.WithdrawnFromTreaty(cub,
                            tlatelolco, day("2020-01-10"), day("2020-04-10"), UNTC, null, ALICE));
        }

        @Test
        void a_withdrawal_from_pelindaba_takes_effect_twelve_months_after_its_notice() {
            CountryCode zaf = CountryCode.of("ZAF");
            fixture.given(new TreatySigned(zaf, pelindaba, day("1996-04-11"), UNTC, null, ALICE),
                            new TreatyRatified(zaf, pelindaba, RATIFIED, day("1998-03-27"), UNTC, null, ALICE))
                    .when(act(zaf, pelindaba, TreatyAction.WITHDREW, "2020-01-10"), BY_ALICE)
                    .expectEvents(new org.armscontrol.tracker.shared.participation.WithdrawnFromTreaty(zaf,
                            pelindaba, day("2020-01-10"), day("2021-01-10"), UNTC, null, ALICE));
        }

        @Test
        void nothing_is_done_on_semipalatinsk_before_its_signature() {
            fixture.givenNoPriorActivity()
                    .when(act(CountryCode.of("KAZ"), semipalatinsk, SIGNED, "2006-09-07"), BY_ALICE)
                    .expectException(violates("BEFORE_INSTRUMENT_OPENED"));
        }
    }

    @Nested
    class Duplicates {

        @Test
        void the_same_action_on_the_same_date_is_recorded_once() {
            fixture.given(new TreatySigned(FRA, CCM, day("2008-12-03"), UNTC, null, ALICE))
                    .when(act(FRA, CCM, SIGNED, "2008-12-03"), BY_ALICE)
                    .expectException(violates("ALREADY_RECORDED"))
                    .expectNoEvents();
        }
    }

    @Nested
    class CorrectionOfAnyField {

        private CorrectTreatyAction correct(TreatyAction action, TreatyAction correctedAction, String date,
                                            String note) {
            return new CorrectTreatyAction(FRA, CCM, action, null, date == null ? null : day(date), null,
                    correctedAction, note, Reason.of("Checked against the depositary's table"), UNTC, null);
        }

        @Test
        void the_kind_of_an_action_is_corrected_and_its_date_kept() {
            fixture.given(new TreatySigned(FRA, CCM, day("2008-12-03"), UNTC, null, ALICE),
                            new TreatyRatified(FRA, CCM, RATIFIED, day("2009-09-25"), UNTC, null, ALICE))
                    .when(correct(RATIFIED, ACCEPTED, null, null), BY_ALICE)
                    .expectEvents(new TreatyActionCorrected(FRA, CCM, RATIFIED, 1, day("2009-09-25"),
                            day("2009-09-25"), day("2009-09-25"), day("2009-09-25"),
                            Reason.of("Checked against the depositary's table"), UNTC, ALICE, ACCEPTED, null, null));
        }

        @Test
        void the_note_is_corrected() {
            fixture.given(new TreatySigned(FRA, CCM, day("2008-12-03"), UNTC, "Olso", ALICE))
                    .when(correct(SIGNED, null, null, "Oslo"), BY_ALICE)
                    .expectEvents(new TreatyActionCorrected(FRA, CCM, SIGNED, 0, day("2008-12-03"),
                            day("2008-12-03"), day("2008-12-03"), day("2008-12-03"),
                            Reason.of("Checked against the depositary's table"), UNTC, ALICE, null, "Olso", "Oslo"));
        }

        @Test
        void a_corrected_kind_is_checked_by_the_same_rules_as_a_new_action() {
            // Accession after a signature is refused whether recorded so or corrected to it.
            fixture.given(new TreatySigned(FRA, CCM, day("2008-12-03"), UNTC, null, ALICE),
                            new TreatyRatified(FRA, CCM, RATIFIED, day("2009-09-25"), UNTC, null, ALICE))
                    .when(correct(RATIFIED, ACCEDED, null, null), BY_ALICE)
                    .expectException(violates("ACCESSION_AFTER_SIGNATURE"));
        }

        @Test
        void a_correction_to_what_is_recorded_changes_nothing() {
            fixture.given(new TreatySigned(FRA, CCM, day("2008-12-03"), UNTC, null, ALICE))
                    .when(correct(SIGNED, SIGNED, "2008-12-03", null), BY_ALICE)
                    .expectException(violates("CORRECTION_CHANGES_NOTHING"));
        }
    }

    @Nested
    class Void {

        private VoidTreatyAction voidOf(TreatyAction action, String date) {
            return new VoidTreatyAction(LTU, CCM, action, LocalDate.parse(date), KEYING_SLIP, UNTC, null);
        }

        @Test
        void an_action_recorded_in_error_is_voided_with_its_reason_and_source() {
            fixture.given(new TreatySigned(LTU, CCM, day("2008-12-03"), UNTC, null, ALICE),
                            new TreatyRatified(LTU, CCM, RATIFIED, day("2011-03-24"), UNTC, null, ALICE))
                    .when(voidOf(RATIFIED, "2011-03-24"), BY_ALICE)
                    .expectEvents(new TreatyActionVoided(LTU, CCM, RATIFIED, 1, day("2011-03-24"), KEYING_SLIP,
                            UNTC, ALICE));
        }

        @Test
        void once_void_the_action_counts_for_no_rule_and_can_be_recorded_again() {
            fixture.given(new TreatySigned(LTU, CCM, day("2008-12-03"), UNTC, null, ALICE),
                            new TreatyRatified(LTU, CCM, RATIFIED, day("2011-03-24"), UNTC, null, ALICE),
                            new TreatyActionVoided(LTU, CCM, RATIFIED, 1, day("2011-03-24"), KEYING_SLIP, UNTC,
                                    ALICE))
                    .when(act(LTU, CCM, RATIFIED, "2011-03-24"), BY_ALICE)
                    .expectEvents(new TreatyRatified(LTU, CCM, RATIFIED, day("2011-03-24"), UNTC, null, ALICE));
        }

        @Test
        void a_second_void_of_the_same_entry_is_refused() {
            fixture.given(new TreatySigned(LTU, CCM, day("2008-12-03"), UNTC, null, ALICE),
                            new TreatyActionVoided(LTU, CCM, SIGNED, 0, day("2008-12-03"), KEYING_SLIP, UNTC, ALICE))
                    .when(voidOf(SIGNED, "2008-12-03"), BY_ALICE)
                    .expectException(violates("ALREADY_VOID"));
        }

        @Test
        void a_void_that_matches_no_entry_is_refused() {
            fixture.given(new TreatySigned(LTU, CCM, day("2008-12-03"), UNTC, null, ALICE))
                    .when(voidOf(SIGNED, "2008-12-04"), BY_ALICE)
                    .expectException(violates("NOTHING_TO_VOID"));
        }

        @Test
        void a_void_that_would_leave_a_history_breaking_a_rule_is_refused_with_that_rule() {
            // Without the signature, the ratification would lack the signature the CCM requires before it.
            fixture.given(new TreatySigned(LTU, CCM, day("2008-12-03"), UNTC, null, ALICE),
                            new TreatyRatified(LTU, CCM, RATIFIED, day("2011-03-24"), UNTC, null, ALICE))
                    .when(voidOf(SIGNED, "2008-12-03"), BY_ALICE)
                    .expectException(violates("SIGNATURE_REQUIRED"));
        }

        @Test
        void a_void_is_checked_against_the_version_the_clerk_saw() {
            fixture.given(new TreatySigned(LTU, CCM, day("2008-12-03"), UNTC, null, ALICE))
                    .when(new VoidTreatyAction(LTU, CCM, SIGNED, LocalDate.parse("2008-12-03"), KEYING_SLIP, UNTC,
                            5L), BY_ALICE)
                    .expectException(org.axonframework.modelling.command.ConflictingAggregateVersionException.class);
        }
    }

}
