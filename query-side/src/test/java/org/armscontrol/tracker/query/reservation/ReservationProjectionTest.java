package org.armscontrol.tracker.query.reservation;

import org.armscontrol.tracker.query.projection.ReadModelWriter;
import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.query.testing.EventFeed;
import org.armscontrol.tracker.query.testing.ReadModelTest;
import org.armscontrol.tracker.shared.participation.ReservationId;
import org.armscontrol.tracker.shared.participation.ReservationKind;
import org.armscontrol.tracker.shared.participation.ReservationMade;
import org.armscontrol.tracker.shared.participation.ReservationVoided;
import org.armscontrol.tracker.shared.participation.ReservationWithdrawn;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.participation.TreatyRatified;
import org.armscontrol.tracker.shared.query.HistoryChange;
import org.armscontrol.tracker.shared.query.HistoryChangeKind;
import org.armscontrol.tracker.shared.query.HistoryEntry;
import org.armscontrol.tracker.shared.query.HistoryEntryKind;
import org.armscontrol.tracker.shared.query.ReservationDetails;
import org.armscontrol.tracker.shared.query.ReservationInForce;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The reservation projection, event by event, on a real PostgreSQL. */
class ReservationProjectionTest extends ReadModelTest {

    private static final CountryCode FRA = CountryCode.of("FRA");
    private static final InstrumentId CCW = InstrumentId.of("CCW");
    private static final Source UNTC = Source.of("UN Treaty Collection, CCW: declarations and reservations");
    private static final Source NOTE = Source.of("Depositary notification C.N.1.2012");
    private static final Recorder ALICE = Recorder.of("alice");
    private static final Recorder BOB = Recorder.of("bob");
    private static final String DECLARATION = "France declares that it will apply the provisions of the Convention "
            + "to all armed conflicts referred to in Article 1.";
    private static final String RESERVATION = "France reserves the right to apply Protocol III with respect to "
            + "military objectives within concentrations of civilians.";

    private EventFeed feed;
    private ReservationReadModel reads;

    @BeforeEach
    void feedTheProjection() {
        feed = new EventFeed(new ReservationProjection(database.jdbc(), new ReadModelWriter(database.jdbc())));
        reads = new ReservationReadModel(database.named());
        // The action the reservations accompany: sequence 0 of the participation (not projected here).
        feed.record("FRA:CCW", new TreatyRatified(FRA, CCW, TreatyAction.RATIFIED, day("1988-03-04"), UNTC, null,
                ALICE));
    }

    @Test
    void a_declaration_is_an_entry_of_the_history_with_its_text_and_source() {
        feed.record("FRA:CCW", made("R1", ReservationKind.DECLARATION, DECLARATION));

        HistoryEntry entry = reads.historyOf(FRA, null, null, null, KnownAt.NOW).get(0);
        assertThat(entry.id()).isEqualTo("FRA:CCW#1");
        assertThat(entry.kind()).isEqualTo(HistoryEntryKind.RESERVATION);
        assertThat(entry.instruments()).containsExactly(CCW);
        assertThat(entry.date()).isEqualTo("1988-03-04");
        assertThat(entry.source()).isEqualTo(UNTC);
        assertThat(entry.recordedBy()).isEqualTo("alice");
        assertThat(entry.recordedAt()).isEqualTo(feed.lastRecordedAt());
        assertThat(entry.changes()).isEmpty();
        assertThat(entry.details()).isEqualTo(new ReservationDetails(ReservationId.parse("R1"),
                ReservationKind.DECLARATION, DECLARATION, TreatyAction.RATIFIED, false, null));
    }

    @Test
    void a_withdrawal_ends_the_reservation_on_its_date_and_stays_in_the_history_as_a_change() {
        feed.record("FRA:CCW", made("R1", ReservationKind.DECLARATION, DECLARATION));
        feed.record("FRA:CCW", made("R2", ReservationKind.RESERVATION, RESERVATION));
        KnownAt beforeWithdrawal = KnownAt.of(feed.lastRecordedAt().plusMillis(1));
        feed.record("FRA:CCW", new ReservationWithdrawn(FRA, CCW, ReservationId.parse("R2"), day("2012-05-14"),
                Reason.of("Withdrawn by a note to the Secretary-General"), NOTE, BOB));

        assertThat(idsInForce("2012-05-13", KnownAt.NOW)).containsExactly("R1", "R2");
        assertThat(idsInForce("2012-05-14", KnownAt.NOW)).containsExactly("R1");
        // Before the withdrawal was recorded, the tracker knew the reservation as in force.
        assertThat(idsInForce("2020-01-01", beforeWithdrawal)).containsExactly("R1", "R2");
        assertThat(idsInForce("1988-03-03", KnownAt.NOW)).isEmpty();

        HistoryEntry withdrawn = entry("FRA:CCW#2", KnownAt.NOW);
        assertThat(withdrawn.details()).isEqualTo(new ReservationDetails(ReservationId.parse("R2"),
                ReservationKind.RESERVATION, RESERVATION, TreatyAction.RATIFIED, true, LocalDate.parse("2012-05-14")));
        HistoryChange change = withdrawn.changes().get(0);
        assertThat(change.kind()).isEqualTo(HistoryChangeKind.WITHDRAWN);
        assertThat(change.changedFields()).containsExactly("withdrawn", "withdrawnOn");
        assertThat(change.before()).containsEntry("withdrawn", false);
        assertThat(change.after()).containsEntry("withdrawn", true)
                .containsEntry("withdrawnOn", Map.of("date", "2012-05-14", "precision",
                        DatePrecision.DAY));
        assertThat(change.reason()).isEqualTo("Withdrawn by a note to the Secretary-General");
        assertThat(change.source()).isEqualTo(NOTE);
        assertThat(change.recordedBy()).isEqualTo("bob");
        assertThat(change.recordedAt()).isEqualTo(feed.lastRecordedAt());

        HistoryEntry asKnownBefore = entry("FRA:CCW#2", beforeWithdrawal);
        assertThat(((ReservationDetails) asKnownBefore.details()).withdrawn()).isFalse();
        assertThat(asKnownBefore.changes()).isEmpty();
    }

    @Test
    void the_history_is_filtered_by_instrument_and_dates() {
        feed.record("FRA:CCW", made("R1", ReservationKind.DECLARATION, DECLARATION));

        assertThat(reads.historyOf(FRA, InstrumentId.of("CCM"), null, null, KnownAt.NOW)).isEmpty();
        assertThat(reads.historyOf(FRA, CCW, LocalDate.parse("1988-03-05"), null, KnownAt.NOW)).isEmpty();
        assertThat(reads.historyOf(FRA, CCW, null, LocalDate.parse("1988-03-04"), KnownAt.NOW)).hasSize(1);
    }

    @Test
    void handling_the_events_again_changes_nothing_and_a_reset_empties_the_tables() {
        GenericDomainEventMessage<Object> made = feed.record("FRA:CCW", made("R1", ReservationKind.DECLARATION,
                DECLARATION));
        GenericDomainEventMessage<Object> withdrawn = feed.record("FRA:CCW", new ReservationWithdrawn(FRA, CCW,
                ReservationId.parse("R1"), day("2012-05-14"), Reason.of("Withdrawn"), NOTE, BOB));
        feed.deliver(made);
        feed.deliver(withdrawn);

        assertThat(reads.historyOf(FRA, null, null, null, KnownAt.NOW)).singleElement()
                .satisfies(entry -> assertThat(entry.changes()).hasSize(1));

        feed.reset();
        assertThat(reads.historyOf(FRA, null, null, null, KnownAt.NOW)).isEmpty();
    }

    @Test
    void a_voided_reservation_counts_nowhere_but_as_known_before_the_void() {
        feed.record("FRA:CCW", made("R1", ReservationKind.DECLARATION, DECLARATION));
        feed.record("FRA:CCW", made("R2", ReservationKind.RESERVATION, RESERVATION));
        feed.record("FRA:CCW", new ReservationWithdrawn(FRA, CCW, ReservationId.parse("R1"), day("2012-05-14"),
                Reason.of("Withdrawn"), NOTE, BOB));
        KnownAt beforeTheVoid = KnownAt.of(feed.lastRecordedAt());
        GenericDomainEventMessage<Object> voided = feed.record("FRA:CCW", new ReservationVoided(FRA, CCW,
                ReservationId.parse("R2"), day("1988-03-04"), Reason.of("France made no such reservation"),
                Source.of("UN Treaty Collection, checked again"), BOB));
        GenericDomainEventMessage<Object> voidedWithdrawn = feed.record("FRA:CCW", new ReservationVoided(FRA, CCW,
                ReservationId.parse("R1"), day("1988-03-04"), Reason.of("A duplicate"), NOTE, BOB));
        feed.deliver(voided);
        feed.deliver(voidedWithdrawn);

        assertThat(idsInForce("2000-01-01", KnownAt.NOW)).isEmpty();
        assertThat(reads.historyOf(FRA, null, null, null, KnownAt.NOW)).isEmpty();
        assertThat(idsInForce("2000-01-01", beforeTheVoid)).containsExactly("R1", "R2");
        assertThat(reads.historyOf(FRA, null, null, null, beforeTheVoid)).extracting(HistoryEntry::id)
                .containsExactlyInAnyOrder("FRA:CCW#1", "FRA:CCW#2");
        assertThat(entry("FRA:CCW#1", beforeTheVoid).changes()).as("with its withdrawal").hasSize(1);
        assertThat(database.jdbc().queryForObject("SELECT count(*) FROM read_model.reservation_voids",
                Integer.class)).isEqualTo(2);

        feed.reset();
        assertThat(database.jdbc().queryForObject("SELECT count(*) FROM read_model.reservation_voids",
                Integer.class)).isZero();
    }

    private static ReservationMade made(String id, ReservationKind kind, String text) {
        return new ReservationMade(FRA, CCW, ReservationId.parse(id), kind, text, day("1988-03-04"),
                TreatyAction.RATIFIED, UNTC, ALICE);
    }

    private List<String> idsInForce(String asOf, KnownAt known) {
        return reads.inForceOn(FRA, LocalDate.parse(asOf), known).getOrDefault(CCW, List.of()).stream()
                .map(ReservationInForce::reservationId).map(ReservationId::value).toList();
    }

    private HistoryEntry entry(String id, KnownAt known) {
        return reads.historyOf(FRA, null, null, null, known).stream()
                .filter(entry -> entry.id().equals(id)).findFirst().orElseThrow();
    }

    private static ValidDate day(String date) {
        return ValidDate.parse(date);
    }
}
