package org.armscontrol.tracker.query.participation;

import org.armscontrol.tracker.query.projection.ReadModelWriter;
import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.query.testing.EventFeed;
import org.armscontrol.tracker.query.testing.ReadModelTest;
import org.armscontrol.tracker.shared.participation.InstrumentAdheredTo;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.RegimeJoined;
import org.armscontrol.tracker.shared.participation.RegimeLeft;
import org.armscontrol.tracker.shared.participation.TreatyAccededTo;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.participation.TreatyActionCorrected;
import org.armscontrol.tracker.shared.participation.TreatyActionRecorded;
import org.armscontrol.tracker.shared.participation.TreatyProvisionallyApplied;
import org.armscontrol.tracker.shared.participation.TreatyRatified;
import org.armscontrol.tracker.shared.participation.TreatySigned;
import org.armscontrol.tracker.shared.participation.TreatySucceededTo;
import org.armscontrol.tracker.shared.participation.WithdrawnFromTreaty;
import org.armscontrol.tracker.shared.query.HistoryChangeKind;
import org.armscontrol.tracker.shared.query.HistoryEntry;
import org.armscontrol.tracker.shared.query.InstrumentStatus;
import org.armscontrol.tracker.shared.query.Participant;
import org.armscontrol.tracker.shared.query.TreatyActionDetails;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The treaty-action projection, event by event, on a real PostgreSQL. */
class TreatyActionProjectionTest extends ReadModelTest {

    private static final CountryCode LTU = CountryCode.of("LTU");
    private static final InstrumentId CCM = InstrumentId.of("CCM");
    private static final Source SOURCE = Source.of("UN Treaty Collection");
    private static final Recorder ALICE = Recorder.of("alice");

    private EventFeed feed;
    private TreatyActionReadModel reads;

    @BeforeEach
    void feedTheProjection() {
        feed = new EventFeed(new TreatyActionProjection(database.jdbc(), new ReadModelWriter(database.jdbc())));
        reads = new TreatyActionReadModel(database.named());
    }

    @Test
    void a_signature_makes_a_signatory_from_its_date() {
        record(new TreatySigned(LTU, CCM, day("2008-12-03"), SOURCE, "Oslo", ALICE));

        assertThat(statusOf(LTU, CCM, "2008-12-03")).isEqualTo(ParticipationStatus.SIGNATORY);
        assertThat(statusOf(LTU, CCM, "2008-12-02")).isEqualTo(ParticipationStatus.NONE);
        HistoryEntry entry = reads.historyOf(LTU, null, null, null, KnownAt.NOW).get(0);
        assertThat(entry.id()).isEqualTo("LTU:CCM#0");
        assertThat(entry.source()).isEqualTo(SOURCE);
        assertThat(entry.recordedBy()).isEqualTo("alice");
        assertThat(entry.recordedAt()).isEqualTo(feed.lastRecordedAt());
        assertThat(((TreatyActionDetails) entry.details()).note()).isEqualTo("Oslo");
    }

    @Test
    void each_form_of_consent_to_be_bound_makes_a_party() {
        for (TreatyAction form : List.of(TreatyAction.RATIFIED, TreatyAction.ACCEPTED, TreatyAction.APPROVED)) {
            CountryCode country = CountryCode.of(switch (form) {
                case RATIFIED -> "NOR";
                case ACCEPTED -> "JPN";
                default -> "NLD";
            });
            record(new TreatySigned(country, CCM, day("2008-12-03"), SOURCE, null, ALICE));
            record(new TreatyRatified(country, CCM, form, day("2010-07-14"), SOURCE, null, ALICE));
            assertThat(statusOf(country, CCM, "2010-07-14")).isEqualTo(ParticipationStatus.PARTY);
            assertThat(reads.statusesOf(country, LocalDate.parse("2011-01-01"), KnownAt.NOW).get(0).action())
                    .isEqualTo(form);
        }
        record(new TreatyAccededTo(CountryCode.of("ESP"), CCM, day("2011-01-01"), SOURCE, null, ALICE));
        record(new TreatySucceededTo(CountryCode.of("MNE"), CCM, day("2011-01-01"), SOURCE, null, ALICE));
        assertThat(statusOf(CountryCode.of("ESP"), CCM, "2011-01-01")).isEqualTo(ParticipationStatus.PARTY);
        assertThat(statusOf(CountryCode.of("MNE"), CCM, "2011-01-01")).isEqualTo(ParticipationStatus.PARTY);
    }

    @Test
    void a_withdrawal_changes_the_status_on_its_effective_date_not_on_its_notification() {
        record(new TreatySigned(LTU, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatyRatified(LTU, CCM, TreatyAction.RATIFIED, day("2011-03-24"), SOURCE, null, ALICE));
        record(new WithdrawnFromTreaty(LTU, CCM, day("2024-09-06"), day("2025-03-06"), SOURCE, null, ALICE));

        assertThat(statusOf(LTU, CCM, "2025-03-05")).isEqualTo(ParticipationStatus.PARTY);
        assertThat(statusOf(LTU, CCM, "2025-03-06")).isEqualTo(ParticipationStatus.WITHDRAWN);
        List<Participant> after = reads.participantsOf(CCM, LocalDate.parse("2025-03-06"), KnownAt.NOW);
        assertThat(after).singleElement().satisfies(participant -> {
            assertThat(participant.status()).isEqualTo(ParticipationStatus.WITHDRAWN);
            assertThat(participant.since()).isEqualTo(LocalDate.parse("2025-03-06"));
        });
        // On the timeline, the withdrawal stands on its notification date.
        assertThat(reads.historyOf(LTU, CCM, null, null, KnownAt.NOW)).extracting(HistoryEntry::date)
                .contains(LocalDate.parse("2024-09-06"));
    }

    @Test
    void regimes_are_joined_and_left_and_codes_adhered_to() {
        InstrumentId nsg = InstrumentId.of("NSG");
        record(new RegimeJoined(LTU, nsg, ValidDate.of(LocalDate.parse("2004-01-01"), DatePrecision.YEAR), SOURCE,
                null, ALICE));
        record(new RegimeLeft(LTU, nsg, day("2020-05-01"), null, SOURCE, null, ALICE));
        record(new InstrumentAdheredTo(LTU, InstrumentId.of("HCOC"), day("2002-11-25"), SOURCE, null, ALICE));

        InstrumentStatus nsgIn2010 = reads.statusesOf(LTU, LocalDate.parse("2010-01-01"), KnownAt.NOW).stream()
                .filter(status -> status.instrument().equals(nsg)).findFirst().orElseThrow();
        assertThat(nsgIn2010.status()).isEqualTo(ParticipationStatus.MEMBER);
        assertThat(nsgIn2010.sincePrecision()).isEqualTo(DatePrecision.YEAR);
        assertThat(statusOf(LTU, nsg, "2020-05-01")).isEqualTo(ParticipationStatus.WITHDRAWN);
        assertThat(statusOf(LTU, InstrumentId.of("HCOC"), "2003-01-01")).isEqualTo(ParticipationStatus.ADHERENT);
    }

    @Test
    void a_correction_moves_the_action_and_keeps_the_original_date_and_the_reason() {
        record(new TreatySigned(LTU, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatyRatified(LTU, CCM, TreatyAction.RATIFIED, day("2011-03-25"), SOURCE, null, ALICE));
        record(new TreatyActionCorrected(LTU, CCM, TreatyAction.RATIFIED, 1, day("2011-03-25"), day("2011-03-24"), day("2011-03-25"), day("2011-03-24"), Reason.of("Typo"), Source.of("Depositary notification"), Recorder.of("bob"), null, null, null));

        assertThat(statusOf(LTU, CCM, "2011-03-24")).isEqualTo(ParticipationStatus.PARTY);
        HistoryEntry ratification = reads.historyOf(LTU, CCM, null, null, KnownAt.NOW).stream()
                .filter(entry -> entry.id().equals("LTU:CCM#1")).findFirst().orElseThrow();
        assertThat(ratification.date()).isEqualTo(LocalDate.parse("2011-03-24"));
        assertThat(((TreatyActionDetails) ratification.details()).originalDate())
                .isEqualTo(LocalDate.parse("2011-03-25"));
        assertThat(ratification.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(HistoryChangeKind.CORRECTED);
            assertThat(change.reason()).isEqualTo("Typo");
            assertThat(change.recordedBy()).isEqualTo("bob");
            assertThat(change.changedFields()).containsExactly("date", "effectiveDate");
        });
    }

    @Test
    void known_at_an_instant_before_the_correction_the_old_date_shows_and_after_it_the_new_one() {
        record(new TreatySigned(LTU, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatyRatified(LTU, CCM, TreatyAction.RATIFIED, day("2011-03-25"), SOURCE, null, ALICE));
        KnownAt beforeCorrection = KnownAt.of(feed.lastRecordedAt());
        record(correction("2011-03-25", "2011-03-24"));
        KnownAt afterCorrection = KnownAt.of(feed.lastRecordedAt());
        // Events are recorded a minute apart: 90 s before the correction falls between signature and ratification.
        KnownAt beforeRatification = KnownAt.of(feed.lastRecordedAt().minusSeconds(90));

        assertThat(reads.statusesOf(LTU, LocalDate.parse("2011-03-24"), beforeCorrection))
                .extracting(InstrumentStatus::status).containsExactly(ParticipationStatus.SIGNATORY);
        assertThat(reads.statusesOf(LTU, LocalDate.parse("2011-03-24"), afterCorrection))
                .extracting(InstrumentStatus::status).containsExactly(ParticipationStatus.PARTY);
        assertThat(reads.statusesOf(LTU, LocalDate.parse("2011-12-31"), beforeRatification))
                .extracting(InstrumentStatus::status).containsExactly(ParticipationStatus.SIGNATORY);
        assertThat(reads.participantsOf(CCM, LocalDate.parse("2011-03-24"), beforeCorrection))
                .extracting(Participant::status).containsExactly(ParticipationStatus.SIGNATORY);
        HistoryEntry before = reads.historyOf(LTU, CCM, LocalDate.parse("2011-01-01"), null, beforeCorrection).get(0);
        assertThat(before.date()).isEqualTo(LocalDate.parse("2011-03-25"));
        assertThat(before.changes()).as("the correction was not known yet").isEmpty();
        assertThat(reads.historyOf(LTU, CCM, LocalDate.parse("2011-01-01"), null, afterCorrection).get(0).changes())
                .hasSize(1);
    }

    @Test
    void a_later_correction_of_the_same_action_wins_and_both_stay_visible() {
        record(new TreatySigned(LTU, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatyRatified(LTU, CCM, TreatyAction.RATIFIED, day("2011-03-20"), SOURCE, null, ALICE));
        record(correction("2011-03-20", "2011-03-25"));
        record(correction("2011-03-25", "2011-03-24"));

        HistoryEntry ratification = reads.historyOf(LTU, CCM, LocalDate.parse("2011-01-01"), null, KnownAt.NOW).get(0);
        assertThat(ratification.date()).isEqualTo(LocalDate.parse("2011-03-24"));
        assertThat(ratification.changes()).hasSize(2);
    }

    @Test
    void delivering_an_event_twice_changes_nothing() {
        record(new TreatySigned(LTU, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        GenericDomainEventMessage<Object> ratified =
                record(new TreatyRatified(LTU, CCM, TreatyAction.RATIFIED, day("2011-03-25"), SOURCE, null, ALICE));
        GenericDomainEventMessage<Object> corrected = record(correction("2011-03-25", "2011-03-24"));

        feed.deliver(ratified);
        feed.deliver(corrected);

        assertThat(reads.historyOf(LTU, CCM, null, null, KnownAt.NOW)).hasSize(2)
                .last().satisfies(entry -> assertThat(entry.changes()).hasSize(1));
    }

    @Test
    void a_reset_empties_the_read_model() {
        record(new TreatySigned(LTU, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        feed.reset();
        assertThat(reads.historyOf(LTU, null, null, null, KnownAt.NOW)).isEmpty();
    }

    private static TreatyActionCorrected correction(String wrong, String right) {
        return new TreatyActionCorrected(LTU, CCM, TreatyAction.RATIFIED, 1, day(wrong), day(right), day(wrong), day(right), Reason.of("Checked against the depositary"), SOURCE, ALICE, null, null, null);
    }

    private GenericDomainEventMessage<Object> record(Object event) {
        String aggregate = event instanceof TreatyActionCorrected corrected
                ? corrected.participationId().toString()
                : ((TreatyActionRecorded) event).participationId().toString();
        return feed.record(aggregate, event);
    }

    @Test
    void a_ccm_ratification_in_may_is_in_force_on_the_first_of_november() {
        CountryCode esp = CountryCode.of("ESP");
        record(new TreatySigned(esp, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatyRatified(esp, CCM, TreatyAction.RATIFIED, day("2011-05-10"), SOURCE, null, ALICE));

        InstrumentStatus inJune = positionOn(esp, CCM, "2011-06-01");
        assertThat(inJune.status()).isEqualTo(ParticipationStatus.PARTY);
        assertThat(inJune.since()).isEqualTo("2011-05-10");
        assertThat(inJune.inForce()).isFalse();
        assertThat(inJune.inForceSince()).isNull();
        assertThat(inJune.entersIntoForce()).isEqualTo("2011-11-01");
        assertThat(positionOn(esp, CCM, "2011-10-31").inForce()).isFalse();
        InstrumentStatus inNovember = positionOn(esp, CCM, "2011-11-01");
        assertThat(inNovember.inForce()).isTrue();
        assertThat(inNovember.inForceSince()).isEqualTo("2011-11-01");
        assertThat(inNovember.entersIntoForce()).isNull();
        assertThat(inNovember.since()).isEqualTo("2011-05-10");
        // A signatory has nothing in force.
        InstrumentStatus signatory = positionOn(esp, CCM, "2009-01-01");
        assertThat(signatory.inForce()).isFalse();
        assertThat(signatory.entersIntoForce()).isNull();
    }

    @Test
    void the_first_ratifications_are_in_force_on_the_entry_into_force_of_the_ccm() {
        CountryCode nor = CountryCode.of("NOR");
        CountryCode mda = CountryCode.of("MDA");
        record(new TreatySigned(nor, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatyRatified(nor, CCM, TreatyAction.RATIFIED, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatySigned(mda, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatyRatified(mda, CCM, TreatyAction.RATIFIED, day("2010-02-16"), SOURCE, null, ALICE));

        List<Participant> before = reads.participantsOf(CCM, LocalDate.parse("2010-07-31"), KnownAt.NOW);
        assertThat(before).extracting(Participant::inForce).containsOnly(false);
        assertThat(before).extracting(Participant::entersIntoForce).containsOnly(LocalDate.parse("2010-08-01"));
        List<Participant> on = reads.participantsOf(CCM, LocalDate.parse("2010-08-01"), KnownAt.NOW);
        assertThat(on).extracting(Participant::inForce).containsOnly(true);
        assertThat(on).extracting(Participant::inForceSince).containsOnly(LocalDate.parse("2010-08-01"));
    }

    @Test
    void a_party_stays_in_force_until_its_withdrawal_takes_effect() {
        // Lithuania notified its withdrawal from the CCM on 6 September 2024, with effect on 6 March 2025.
        record(new TreatySigned(LTU, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatyRatified(LTU, CCM, TreatyAction.RATIFIED, day("2011-03-24"), SOURCE, null, ALICE));
        record(new WithdrawnFromTreaty(LTU, CCM, day("2024-09-06"), day("2025-03-06"), SOURCE, null, ALICE));

        InstrumentStatus dayBefore = positionOn(LTU, CCM, "2025-03-05");
        assertThat(dayBefore.status()).isEqualTo(ParticipationStatus.PARTY);
        assertThat(dayBefore.inForce()).isTrue();
        assertThat(dayBefore.inForceSince()).isEqualTo("2011-09-01");
        InstrumentStatus effective = positionOn(LTU, CCM, "2025-03-06");
        assertThat(effective.status()).isEqualTo(ParticipationStatus.WITHDRAWN);
        assertThat(effective.inForce()).isFalse();
    }

    @Test
    void a_corrected_deposit_moves_the_entry_into_force_and_known_at_shows_the_old_one() {
        // Entered as 29 April 2011 (in force 1 October), corrected to 10 May (1 November).
        record(new TreatySigned(LTU, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatyRatified(LTU, CCM, TreatyAction.RATIFIED, day("2011-04-29"), SOURCE, null, ALICE));
        KnownAt beforeCorrection = KnownAt.of(feed.lastRecordedAt().plusMillis(1));
        record(new TreatyActionCorrected(LTU, CCM, TreatyAction.RATIFIED, 1, day("2011-04-29"), day("2011-05-10"), day("2011-04-29"), day("2011-05-10"), Reason.of("Depositary notification"), SOURCE, ALICE, null, null, null));

        assertThat(positionOn(LTU, CCM, "2011-10-15").entersIntoForce()).isEqualTo("2011-11-01");
        InstrumentStatus then = reads.statusesOf(LTU, LocalDate.parse("2011-10-15"), beforeCorrection).get(0);
        assertThat(then.inForce()).isTrue();
        assertThat(then.inForceSince()).isEqualTo("2011-10-01");
    }

    @Test
    void protocol_v_is_in_force_six_months_after_the_consent_to_be_bound() {
        InstrumentId protocolV = InstrumentId.of("CCW-P5");
        CountryCode blr = CountryCode.of("BLR");
        record(new TreatyRatified(blr, protocolV, TreatyAction.RATIFIED, day("2008-09-29"), SOURCE, null, ALICE));

        assertThat(positionOn(blr, protocolV, "2009-03-28").inForce()).isFalse();
        assertThat(positionOn(blr, protocolV, "2009-03-29").inForceSince()).isEqualTo("2009-03-29");
    }

    @Test
    void regimes_are_in_force_from_joining_and_the_ctbt_for_nobody() {
        InstrumentId nsg = InstrumentId.of("NSG");
        InstrumentId ctbt = InstrumentId.of("CTBT");
        record(new RegimeJoined(LTU, nsg, day("2004-01-01"), SOURCE, null, ALICE));
        record(new TreatySigned(LTU, ctbt, day("1996-10-07"), SOURCE, null, ALICE));
        record(new TreatyRatified(LTU, ctbt, TreatyAction.RATIFIED, day("2000-02-07"), SOURCE, null, ALICE));

        assertThat(positionOn(LTU, nsg, "2004-01-01").inForceSince()).isEqualTo("2004-01-01");
        InstrumentStatus ctbtToday = positionOn(LTU, ctbt, "2026-01-01");
        assertThat(ctbtToday.status()).isEqualTo(ParticipationStatus.PARTY);
        assertThat(ctbtToday.inForce()).isFalse();
        assertThat(ctbtToday.entersIntoForce()).isNull();
    }

    @Test
    void provisional_application_and_formal_confirmation_are_projected() {
        InstrumentId att = InstrumentId.of("ATT");
        record(new TreatySigned(LTU, att, day("2013-06-03"), SOURCE, null, ALICE));
        record(new TreatyProvisionallyApplied(LTU, att, day("2013-06-03"), SOURCE, null, ALICE));
        record(new TreatyRatified(LTU, att, TreatyAction.FORMALLY_CONFIRMED, day("2014-04-18"), SOURCE, null, ALICE));

        InstrumentStatus applying = positionOn(LTU, att, "2013-06-03");
        assertThat(applying.status()).isEqualTo(ParticipationStatus.PROVISIONALLY_APPLYING);
        assertThat(applying.action()).isEqualTo(TreatyAction.PROVISIONALLY_APPLIED);
        assertThat(applying.inForce()).isFalse();
        InstrumentStatus party = positionOn(LTU, att, "2015-01-01");
        assertThat(party.status()).isEqualTo(ParticipationStatus.PARTY);
        assertThat(party.action()).isEqualTo(TreatyAction.FORMALLY_CONFIRMED);
        assertThat(party.inForceSince()).isEqualTo("2014-12-24");
    }

    private InstrumentStatus positionOn(CountryCode country, InstrumentId instrument, String asOf) {
        return reads.statusesOf(country, LocalDate.parse(asOf), KnownAt.NOW).stream()
                .filter(status -> status.instrument().equals(instrument)).findFirst().orElseThrow();
    }

    private ParticipationStatus statusOf(CountryCode country, InstrumentId instrument, String asOf) {
        return reads.statusesOf(country, LocalDate.parse(asOf), KnownAt.NOW).stream()
                .filter(status -> status.instrument().equals(instrument))
                .map(InstrumentStatus::status)
                .findFirst().orElse(ParticipationStatus.NONE);
    }

    private static ValidDate day(String date) {
        return ValidDate.parse(date);
    }
}
