package org.armscontrol.tracker.command.participation;

import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.participation.RecordTreatyAction;
import org.armscontrol.tracker.command.rules.UnknownRecordException;
import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.participation.MakeReservation;
import org.armscontrol.tracker.shared.participation.ReservationId;
import org.armscontrol.tracker.shared.participation.ReservationKind;
import org.armscontrol.tracker.shared.participation.ReservationMade;
import org.armscontrol.tracker.shared.participation.ReservationVoided;
import org.armscontrol.tracker.shared.participation.ReservationWithdrawn;
import org.armscontrol.tracker.shared.participation.TreatyActionCorrected;
import org.armscontrol.tracker.shared.participation.TreatyRatified;
import org.armscontrol.tracker.shared.participation.TreatySigned;
import org.armscontrol.tracker.shared.participation.VoidReservation;
import org.armscontrol.tracker.shared.participation.WithdrawReservation;
import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.armscontrol.tracker.command.support.Fixtures.ALICE;
import static org.armscontrol.tracker.command.support.Fixtures.BLR;
import static org.armscontrol.tracker.command.support.Fixtures.BY_ALICE;
import static org.armscontrol.tracker.command.support.Fixtures.CCW;
import static org.armscontrol.tracker.command.support.Fixtures.CLOCK;
import static org.armscontrol.tracker.command.support.Fixtures.REASON;
import static org.armscontrol.tracker.command.support.Fixtures.UNTC;
import static org.armscontrol.tracker.command.support.Fixtures.day;
import static org.armscontrol.tracker.command.support.Fixtures.violates;
import static org.armscontrol.tracker.shared.participation.ReservationKind.DECLARATION;
import static org.armscontrol.tracker.shared.participation.ReservationKind.RESERVATION;
import static org.armscontrol.tracker.shared.participation.TreatyAction.RATIFIED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.SIGNED;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of reservations and declarations on a participation, as given/when/then specifications. */
class ReservationRulesTest {

    private static final String DECLARATION_TEXT = "Belarus declares that it applies the Convention to all "
            + "armed conflicts on its territory.";
    private static final Reason WITHDRAWN_BY_NOTE = Reason.of("Withdrawn by a note to the Secretary-General");

    private FixtureConfiguration<TreatyParticipation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TreatyParticipation.class);
        fixture.registerInjectableResource(CLOCK);
    }

    private static TreatySigned signed() {
        return new TreatySigned(BLR, CCW, day("1981-04-10"), UNTC, null, ALICE);
    }

    private static TreatyRatified ratified() {
        return new TreatyRatified(BLR, CCW, RATIFIED, day("1983-06-23"), UNTC, null, ALICE);
    }

    private static MakeReservation make(ReservationKind kind, String text, String date) {
        return new MakeReservation(BLR, CCW, kind, text, day(date), RATIFIED, UNTC, null);
    }

    private static ReservationMade made(long sequence, ReservationKind kind, String text, String date) {
        return new ReservationMade(BLR, CCW, ReservationId.recordedAt(sequence), kind, text, day(date), RATIFIED,
                UNTC, ALICE);
    }

    private static WithdrawReservation withdraw(String id, String date) {
        return new WithdrawReservation(BLR, CCW, ReservationId.parse(id), day(date), WITHDRAWN_BY_NOTE, UNTC, null);
    }

    private static ReservationWithdrawn withdrawn(String id, String date) {
        return new ReservationWithdrawn(BLR, CCW, ReservationId.parse(id), day(date), WITHDRAWN_BY_NOTE, UNTC, ALICE);
    }

    @Nested
    class Making {

        @Test
        void a_party_makes_a_declaration_on_ratification_named_after_its_event() {
            fixture.given(signed(), ratified())
                    .when(make(DECLARATION, DECLARATION_TEXT, "1983-06-23"), BY_ALICE)
                    .expectEvents(made(2, DECLARATION, DECLARATION_TEXT, "1983-06-23"))
                    .expectResultMessagePayload(new WriteResult("BLR:CCW", 2, false));
        }

        @Test
        void a_state_without_any_action_on_the_instrument_makes_no_reservation() {
            fixture.givenNoPriorActivity()
                    .when(make(RESERVATION, "Article 2 does not apply", "1983-06-23"), BY_ALICE)
                    .expectException(violates("NOT_A_PARTICIPANT"))
                    .expectNoEvents();
        }

        @Test
        void no_reservation_dated_before_the_first_action() {
            fixture.given(ratified())
                    .when(make(RESERVATION, "Article 2 does not apply", "1982-01-01"), BY_ALICE)
                    .expectException(violates("NOT_A_PARTICIPANT"));
        }

        @Test
        void no_date_in_the_future() {
            fixture.given(signed())
                    .when(make(RESERVATION, "Article 2 does not apply", "2026-11-25"), BY_ALICE)
                    .expectException(violates("DATE_IN_FUTURE"));
        }

        @Test
        void no_date_before_the_instrument_opened() {
            // The CCW opened for signature on 10 April 1981; a stream may hold an action corrected to earlier
            // only by mistake, so the opening is checked on its own.
            fixture.given(signed(), new TreatyActionCorrected(BLR, CCW, SIGNED, 0, day("1981-04-10"), day("1981-01-05"), day("1981-04-10"), day("1981-01-05"), REASON, UNTC, ALICE, null, null, null))
                    .when(make(RESERVATION, "Article 2 does not apply", "1981-02-01"), BY_ALICE)
                    .expectException(violates("BEFORE_INSTRUMENT_OPENED"));
        }

        @Test
        void the_same_text_of_the_same_kind_is_not_recorded_twice_while_in_force() {
            fixture.given(signed(), ratified(), made(2, DECLARATION, DECLARATION_TEXT, "1983-06-23"))
                    .when(make(DECLARATION, DECLARATION_TEXT, "1984-01-01"), BY_ALICE)
                    .expectException(violates("ALREADY_RECORDED"))
                    .expectNoEvents();
        }

        @Test
        void the_same_text_may_be_made_as_another_kind_or_again_after_its_withdrawal() {
            fixture.given(signed(), ratified(), made(2, DECLARATION, DECLARATION_TEXT, "1983-06-23"),
                            withdrawn("R2", "1990-01-01"))
                    .when(make(DECLARATION, DECLARATION_TEXT, "1995-01-01"), BY_ALICE)
                    .expectEvents(made(4, DECLARATION, DECLARATION_TEXT, "1995-01-01"));
            fixture.given(signed(), ratified(), made(2, DECLARATION, DECLARATION_TEXT, "1983-06-23"))
                    .when(make(RESERVATION, DECLARATION_TEXT, "1983-06-23"), BY_ALICE)
                    .expectEvents(made(3, RESERVATION, DECLARATION_TEXT, "1983-06-23"));
        }

        @Test
        void a_stale_expected_version_is_refused() {
            fixture.given(signed(), ratified())
                    .when(new MakeReservation(BLR, CCW, RESERVATION, "Article 2", day("1983-06-23"), null, UNTC,
                            0L), BY_ALICE)
                    .expectException(ConflictingAggregateVersionException.class)
                    .expectNoEvents();
        }

        @Test
        void a_reservation_leaves_the_actions_as_they_are() {
            // Not an action: ratifying after a reservation made on signature is still in order.
            fixture.given(signed(), made(1, RESERVATION, "Article 2", "1981-04-10"))
                    .when(new RecordTreatyAction(BLR, CCW, RATIFIED, day("1983-06-23"), null, UNTC, null, null), BY_ALICE)
                    .expectEvents(ratified());
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void a_reservation_in_force_is_withdrawn() {
            fixture.given(signed(), ratified(), made(2, RESERVATION, "Article 2", "1983-06-23"))
                    .when(withdraw("R2", "2012-05-14"), BY_ALICE)
                    .expectEvents(withdrawn("R2", "2012-05-14"))
                    .expectResultMessagePayload(new WriteResult("BLR:CCW", 3, false));
        }

        @Test
        void an_unknown_reservation_is_not_found() {
            fixture.given(signed(), ratified())
                    .when(withdraw("R7", "2012-05-14"), BY_ALICE)
                    .expectException(UnknownRecordException.class)
                    .expectNoEvents();
        }

        @Test
        void a_participation_never_recorded_is_not_found() {
            fixture.givenNoPriorActivity()
                    .when(withdraw("R1", "2012-05-14"), BY_ALICE)
                    .expectException(AggregateNotFoundException.class);
        }

        @Test
        void no_withdrawing_twice() {
            fixture.given(signed(), ratified(), made(2, RESERVATION, "Article 2", "1983-06-23"),
                            withdrawn("R2", "2012-05-14"))
                    .when(withdraw("R2", "2013-01-01"), BY_ALICE)
                    .expectException(violates("RESERVATION_WITHDRAWN"))
                    .expectNoEvents();
        }

        @Test
        void no_withdrawal_before_the_reservation_was_made() {
            fixture.given(signed(), ratified(), made(2, RESERVATION, "Article 2", "1983-06-23"))
                    .when(withdraw("R2", "1983-06-22"), BY_ALICE)
                    .expectException(violates("WITHDRAWAL_BEFORE_RESERVATION"));
        }

        @Test
        void a_withdrawal_on_the_day_it_was_made_is_in_order() {
            fixture.given(signed(), ratified(), made(2, RESERVATION, "Article 2", "1983-06-23"))
                    .when(withdraw("R2", "1983-06-23"), BY_ALICE)
                    .expectEvents(withdrawn("R2", "1983-06-23"));
        }

        @Test
        void no_withdrawal_in_the_future() {
            fixture.given(signed(), ratified(), made(2, RESERVATION, "Article 2", "1983-06-23"))
                    .when(withdraw("R2", "2026-12-01"), BY_ALICE)
                    .expectException(violates("DATE_IN_FUTURE"));
        }

        @Test
        void a_stale_expected_version_is_refused() {
            fixture.given(signed(), ratified(), made(2, RESERVATION, "Article 2", "1983-06-23"))
                    .when(new WithdrawReservation(BLR, CCW, ReservationId.parse("R2"), day("2012-05-14"),
                            WITHDRAWN_BY_NOTE, UNTC, 1L), BY_ALICE)
                    .expectException(ConflictingAggregateVersionException.class);
        }
    }

    private static final Reason NEVER_MADE = Reason.of("Belarus made no such reservation: it is Bulgaria's");

    private static VoidReservation voidIt(String id, Long expectedVersion) {
        return new VoidReservation(BLR, CCW, ReservationId.parse(id), NEVER_MADE, UNTC, expectedVersion);
    }

    private static ReservationVoided voided(String id, String date) {
        return new ReservationVoided(BLR, CCW, ReservationId.parse(id), day(date), NEVER_MADE, UNTC, ALICE);
    }

    @Nested
    class Void {

        @Test
        void a_reservation_recorded_in_error_is_voided_with_a_reason_and_a_source() {
            fixture.given(signed(), ratified(), made(2, RESERVATION, "Article 2", "1983-06-23"))
                    .when(voidIt("R2", null), BY_ALICE)
                    .expectEvents(voided("R2", "1983-06-23"))
                    .expectResultMessagePayload(new WriteResult("BLR:CCW", 3, false));
        }

        @Test
        void a_withdrawn_reservation_may_still_be_voided() {
            fixture.given(signed(), ratified(), made(2, RESERVATION, "Article 2", "1983-06-23"),
                            withdrawn("R2", "2012-05-14"))
                    .when(voidIt("R2", null), BY_ALICE)
                    .expectEvents(voided("R2", "1983-06-23"));
        }

        @Test
        void a_reservation_is_voided_once() {
            fixture.given(signed(), ratified(), made(2, RESERVATION, "Article 2", "1983-06-23"),
                            voided("R2", "1983-06-23"))
                    .when(voidIt("R2", null), BY_ALICE)
                    .expectException(violates("ALREADY_VOID"))
                    .expectNoEvents();
        }

        @Test
        void a_voided_reservation_is_not_withdrawn() {
            fixture.given(signed(), ratified(), made(2, RESERVATION, "Article 2", "1983-06-23"),
                            voided("R2", "1983-06-23"))
                    .when(withdraw("R2", "2012-05-14"), BY_ALICE)
                    .expectException(violates("VOIDED"))
                    .expectNoEvents();
        }

        @Test
        void the_text_of_a_voided_reservation_may_be_recorded_again() {
            // The void said the record was wrong (e.g. its date or kind): the right one is recorded afresh.
            fixture.given(signed(), ratified(), made(2, DECLARATION, DECLARATION_TEXT, "1983-06-23"),
                            voided("R2", "1983-06-23"))
                    .when(make(DECLARATION, DECLARATION_TEXT, "1983-06-23"), BY_ALICE)
                    .expectEvents(made(4, DECLARATION, DECLARATION_TEXT, "1983-06-23"));
        }

        @Test
        void the_others_stay_as_they_are() {
            fixture.given(signed(), ratified(), made(2, RESERVATION, "Article 2", "1983-06-23"),
                            made(3, DECLARATION, DECLARATION_TEXT, "1983-06-23"), voided("R2", "1983-06-23"))
                    .when(withdraw("R3", "2012-05-14"), BY_ALICE)
                    .expectEvents(withdrawn("R3", "2012-05-14"));
        }

        @Test
        void an_unknown_reservation_is_not_found() {
            fixture.given(signed(), ratified())
                    .when(voidIt("R7", null), BY_ALICE)
                    .expectException(UnknownRecordException.class)
                    .expectNoEvents();
        }

        @Test
        void a_participation_never_recorded_is_not_found() {
            fixture.givenNoPriorActivity()
                    .when(voidIt("R1", null), BY_ALICE)
                    .expectException(AggregateNotFoundException.class);
        }

        @Test
        void a_stale_expected_version_is_refused() {
            fixture.given(signed(), ratified(), made(2, RESERVATION, "Article 2", "1983-06-23"))
                    .when(voidIt("R2", 1L), BY_ALICE)
                    .expectException(ConflictingAggregateVersionException.class);
        }

        @Test
        void a_void_needs_a_reason_and_a_source() {
            assertThatThrownBy(() -> new VoidReservation(BLR, CCW, ReservationId.parse("R2"), null, UNTC, null))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("reason");
            assertThatThrownBy(() -> new VoidReservation(BLR, CCW, ReservationId.parse("R2"), NEVER_MADE, null,
                    null))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("source");
        }
    }

    @Test
    void a_year_precision_date_overlapping_the_first_action_is_accepted() {
        fixture.given(signed())
                .when(new MakeReservation(BLR, CCW, DECLARATION, "On signature", ValidDate.of(
                        LocalDate.parse("1981-01-01"), DatePrecision.YEAR),
                        null, UNTC, null), BY_ALICE)
                .expectSuccessfulHandlerExecution();
    }
}
