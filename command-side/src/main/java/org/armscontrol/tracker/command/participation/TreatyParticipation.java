package org.armscontrol.tracker.command.participation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.armscontrol.tracker.command.config.CommandSideConfiguration;
import org.armscontrol.tracker.command.participation.ParticipationRules.Standing;
import org.armscontrol.tracker.command.rules.DateRules;
import org.armscontrol.tracker.command.rules.ExpectedVersion;
import org.armscontrol.tracker.command.rules.RuleViolation;
import org.armscontrol.tracker.command.rules.UnknownRecordException;
import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.catalogue.Instrument;
import org.armscontrol.tracker.shared.participation.CorrectTreatyAction;
import org.armscontrol.tracker.shared.participation.MakeReservation;
import org.armscontrol.tracker.shared.participation.ParticipationId;
import org.armscontrol.tracker.shared.participation.RecordTreatyAction;
import org.armscontrol.tracker.shared.participation.ReservationId;
import org.armscontrol.tracker.shared.participation.ReservationMade;
import org.armscontrol.tracker.shared.participation.ReservationVoided;
import org.armscontrol.tracker.shared.participation.ReservationWithdrawn;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.participation.TreatyActionCorrected;
import org.armscontrol.tracker.shared.participation.TreatyActionEvents;
import org.armscontrol.tracker.shared.participation.TreatyActionRecorded;
import org.armscontrol.tracker.shared.participation.TreatyActionVoided;
import org.armscontrol.tracker.shared.participation.VoidReservation;
import org.armscontrol.tracker.shared.participation.VoidTreatyAction;
import org.armscontrol.tracker.shared.participation.WithdrawReservation;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.armscontrol.tracker.command.participation.ParticipationRule.ALREADY_RECORDED;
import static org.armscontrol.tracker.command.participation.ParticipationRule.ALREADY_VOID;
import static org.armscontrol.tracker.command.participation.ParticipationRule.AMBIGUOUS_CORRECTION;
import static org.armscontrol.tracker.command.participation.ParticipationRule.AMBIGUOUS_VOID;
import static org.armscontrol.tracker.command.participation.ParticipationRule.BEFORE_INSTRUMENT_OPENED;
import static org.armscontrol.tracker.command.participation.ParticipationRule.CORRECTION_CHANGES_NOTHING;
import static org.armscontrol.tracker.command.participation.ParticipationRule.EFFECTIVE_BEFORE_DATE;
import static org.armscontrol.tracker.command.participation.ParticipationRule.NOTHING_TO_CORRECT;
import static org.armscontrol.tracker.command.participation.ParticipationRule.NOTHING_TO_VOID;
import static org.armscontrol.tracker.command.participation.ParticipationRule.NOT_A_PARTICIPANT;
import static org.armscontrol.tracker.command.participation.ParticipationRule.NO_EFFECTIVE_DATE;
import static org.armscontrol.tracker.command.participation.ParticipationRule.RESERVATION_WITHDRAWN;
import static org.armscontrol.tracker.command.participation.ParticipationRule.WITHDRAWAL_BEFORE_RESERVATION;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One state's participation in one instrument: the sequence of its actions, which must make sense together.
 * <p>
 * Every action, of whatever kind, is checked by one transition table read with the instrument's final clauses
 * ({@link ParticipationRules}): whether the instrument provides for it, its date (not in the future, not before
 * the instrument opened, not before the previous action) and the status from which it is open. A correction may
 * change any field of a recorded action (kind, date, effective date, note) and a void takes an action recorded in
 * error out of the record; both are checked by the same table over the history they would leave, and both leave
 * the original event in place.
 * <p>
 * Reservations and declarations are made by a state that has acted on the instrument (signed, ratified, acceded…),
 * not before its first action; the same text of the same kind is not recorded twice while in force. A withdrawal
 * ends one, on a date not before it was made; it stays in the record. One recorded in error is voided, with a
 * reason and a source, once, and is then neither withdrawn nor voided again.
 */
// Snapshots (every tracker.snapshots.threshold events) store the fields as JSON; the revision names their shape
// (3: actions with their note and void, so that snapshots taken before are not read as the whole state).
@Aggregate(snapshotTriggerDefinition = CommandSideConfiguration.SNAPSHOT_TRIGGER)
@Revision("3")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class TreatyParticipation {

    @AggregateIdentifier
    private ParticipationId id;
    private final List<RecordedAction> actions = new ArrayList<>();
    private final List<RecordedReservation> reservations = new ArrayList<>();

    protected TreatyParticipation() {
        // Axon creates an empty instance, then replays the stream (or runs a creating command) on it.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(RecordTreatyAction command, Recorder recorder, Clock clock) {
        ExpectedVersion.check(command.expectedVersion(), command.participationId());
        Instrument instrument = command.instrument().instrument();
        ParticipationRules.requireApplicable(instrument, command.action());
        DateRules.requireNotInFuture(command.date(), "date", clock);
        ParticipationRules.requireNotRecorded(actions, command.action(), command.date());
        ValidDate effective = instrument.effectiveDateOf(command.action(), command.date(), command.effectiveDate());
        ParticipationRules.requireAllowed(instrument, Standing.of(actions), command.action(), command.date(),
                effective);
        apply(TreatyActionEvents.recorded(command.country(), command.instrument(), command.action(), command.date(),
                effective, command.source(), command.note(), recorder));
        return written();
    }

    @CommandHandler
    public WriteResult handle(CorrectTreatyAction command, Recorder recorder, Clock clock) {
        ExpectedVersion.check(command.expectedVersion(), command.participationId());
        RecordedAction target = actionToCorrect(command);
        TreatyAction action = command.correctedAction() == null ? target.action() : command.correctedAction();
        ValidDate date = command.date() == null ? target.date() : command.date();
        ValidDate effectiveDate = correctedEffectiveDate(command, target, action, date);
        String note = command.note() == null ? target.note() : command.note();
        RecordedAction corrected = target.correctedTo(action, date, effectiveDate, note);
        if (corrected.equals(target)) {
            throw new RuleViolation(CORRECTION_CHANGES_NOTHING, command.date() != null ? "date" : "action",
                    "the " + target.action() + " is already recorded as " + target + "; the correction changes "
                            + "nothing");
        }
        Instrument instrument = command.instrument().instrument();
        ParticipationRules.requireApplicable(instrument, action);
        DateRules.requireNotInFuture(date, "date", clock);
        ParticipationRules.requireConsistent(instrument, replaced(target, corrected),
                "with the " + target + " corrected to " + corrected);
        boolean noteChanged = !Objects.equals(note, target.note());
        apply(new TreatyActionCorrected(command.country(), command.instrument(), target.action(),
                target.sequence(), target.date(), date, target.effectiveDate(), effectiveDate,
                command.reason(), command.source(), recorder, action == target.action() ? null : action,
                noteChanged ? target.note() : null, noteChanged ? note : null));
        return written();
    }

    @CommandHandler
    public WriteResult handle(VoidTreatyAction command, Recorder recorder) {
        ExpectedVersion.check(command.expectedVersion(), command.participationId());
        List<RecordedAction> named = actions.stream()
                .filter(action -> action.action() == command.action())
                .filter(action -> action.date().date().equals(command.date()))
                .toList();
        List<RecordedAction> counting = named.stream().filter(action -> !action.voided()).toList();
        if (counting.isEmpty()) {
            throw named.isEmpty()
                    ? new RuleViolation(NOTHING_TO_VOID, "date", "no " + command.action() + " dated "
                    + command.date() + " is recorded for " + command.country() + " on " + command.instrument()
                    + "; recorded: " + (counting().isEmpty() ? "nothing" : counting()))
                    : new RuleViolation(ALREADY_VOID, "action", "the " + named.get(0) + " is already void");
        }
        if (counting.size() > 1) {
            throw new RuleViolation(AMBIGUOUS_VOID, "date", "several " + command.action() + " actions are recorded "
                    + "on " + command.date() + " (" + counting + "); correct one of them first");
        }
        RecordedAction target = counting.get(0);
        ParticipationRules.requireConsistent(command.instrument().instrument(), replaced(target, target.asVoided()),
                "without the " + target);
        apply(new TreatyActionVoided(command.country(), command.instrument(), target.action(), target.sequence(),
                target.date(), command.reason(), command.source(), recorder));
        return written();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(MakeReservation command, Recorder recorder, Clock clock) {
        ExpectedVersion.check(command.expectedVersion(), command.participationId());
        if (counting().isEmpty()) {
            throw new RuleViolation(NOT_A_PARTICIPANT, null, command.country() + " has no recorded action on "
                    + command.instrument() + "; a state makes reservations and declarations when it signs, "
                    + "ratifies or accedes: record that action first");
        }
        Instrument instrument = command.instrument().instrument();
        DateRules.requireNotInFuture(command.date(), "date", clock);
        DateRules.requireNotBefore(command.date(), instrument.openedOn(), "date", BEFORE_INSTRUMENT_OPENED,
                "the opening of " + instrument.id());
        RecordedAction first = counting().get(0);
        DateRules.requireNotBefore(command.date(), first.date(), "date", NOT_A_PARTICIPANT,
                "the first recorded action of " + command.country() + ", " + first);
        reservations.stream()
                .filter(reservation -> reservation.inForceWith(command.kind(), command.text()))
                .findFirst()
                .ifPresent(same -> {
                    throw new RuleViolation(ALREADY_RECORDED, "text", "the same text is already recorded and "
                            + "in force as " + same);
                });
        // The id names the event about to be applied, the next in the stream.
        ReservationId id = ReservationId.recordedAt(AggregateLifecycle.getVersion() + 1);
        apply(new ReservationMade(command.country(), command.instrument(), id, command.kind(), command.text(),
                command.date(), command.madeWith(), command.source(), recorder));
        return written();
    }

    @CommandHandler
    public WriteResult handle(WithdrawReservation command, Recorder recorder, Clock clock) {
        RecordedReservation reservation = reservations.stream()
                .filter(candidate -> candidate.id().equals(command.reservationId()))
                .findFirst()
                .orElseThrow(() -> new UnknownRecordException("no reservation or declaration "
                        + command.reservationId() + " is recorded for " + id + "; recorded: "
                        + (reservations.isEmpty() ? "none" : reservations)));
        if (reservation.voided()) {
            throw new RuleViolation(ParticipationRule.VOIDED, "reservationId", reservation + " was voided (recorded in error)");
        }
        if (reservation.withdrawn()) {
            throw new RuleViolation(RESERVATION_WITHDRAWN, "reservationId", reservation + " is already withdrawn");
        }
        DateRules.requireNotInFuture(command.date(), "date", clock);
        DateRules.requireNotBefore(command.date(), reservation.date(), "date", WITHDRAWAL_BEFORE_RESERVATION,
                "the date it was made");
        apply(new ReservationWithdrawn(command.country(), command.instrument(), reservation.id(), command.date(),
                command.reason(), command.source(), recorder));
        return written();
    }

    @CommandHandler
    public WriteResult handle(VoidReservation command, Recorder recorder) {
        RecordedReservation reservation = reservation(command.reservationId());
        if (reservation.voided()) {
            throw new RuleViolation(ParticipationRule.ALREADY_VOID, "reservationId", reservation + " is already voided");
        }
        apply(new ReservationVoided(command.country(), command.instrument(), reservation.id(), reservation.date(),
                command.reason(), command.source(), recorder));
        return written();
    }

    private RecordedReservation reservation(ReservationId reservationId) {
        return reservations.stream()
                .filter(candidate -> candidate.id().equals(reservationId))
                .findFirst()
                .orElseThrow(() -> new UnknownRecordException("no reservation or declaration " + reservationId
                        + " is recorded for " + id + "; recorded: " + (reservations.isEmpty() ? "none" : reservations)));
    }

    @EventSourcingHandler
    void on(TreatyActionRecorded event, @SequenceNumber long sequence) {
        id = event.participationId();
        actions.add(RecordedAction.recorded(sequence, event.action(), event.date(), event.effectiveDate(),
                event.note()));
    }

    @EventSourcingHandler
    void on(TreatyActionCorrected event) {
        actions.replaceAll(action -> action.sequence() == event.correctedSequence()
                ? action.correctedTo(event.actionAfter(), event.date(), event.effectiveDate(),
                event.note() == null ? action.note() : event.note())
                : action);
    }

    @EventSourcingHandler
    void on(TreatyActionVoided event) {
        actions.replaceAll(action -> action.sequence() == event.voidedSequence() ? action.asVoided() : action);
    }

    @EventSourcingHandler
    void on(ReservationMade event) {
        reservations.add(new RecordedReservation(event.reservationId(), event.kind(), event.text(), event.date(),
                false, false));
    }

    @EventSourcingHandler
    void on(ReservationWithdrawn event) {
        reservations.replaceAll(reservation -> reservation.id().equals(event.reservationId())
                ? reservation.asWithdrawn()
                : reservation);
    }

    @EventSourcingHandler
    void on(ReservationVoided event) {
        reservations.replaceAll(reservation -> reservation.id().equals(event.reservationId())
                ? reservation.asVoided()
                : reservation);
    }

    /** The actions that count: every one recorded but those voided. */
    private List<RecordedAction> counting() {
        return actions.stream().filter(action -> !action.voided()).toList();
    }

    /** The actions with {@code target} replaced by {@code replacement}. */
    private List<RecordedAction> replaced(RecordedAction target, RecordedAction replacement) {
        return actions.stream().map(action -> action.equals(target) ? replacement : action).toList();
    }

    private RecordedAction actionToCorrect(CorrectTreatyAction command) {
        List<RecordedAction> candidates = counting().stream()
                .filter(action -> action.action() == command.action())
                .filter(action -> command.wrongDate() == null || action.date().date().equals(command.wrongDate()))
                .toList();
        if (candidates.isEmpty()) {
            throw new RuleViolation(NOTHING_TO_CORRECT, command.wrongDate() == null ? "action" : "wrongDate",
                    "no " + command.action() + (command.wrongDate() == null ? "" : " dated " + command.wrongDate())
                            + " is recorded for " + command.country() + " on " + command.instrument()
                            + "; recorded: " + (counting().isEmpty() ? "nothing" : counting()));
        }
        if (candidates.size() > 1) {
            throw new RuleViolation(AMBIGUOUS_CORRECTION, "wrongDate", "several " + command.action()
                    + " actions are recorded (" + candidates + "); give wrongDate to say which one is wrong");
        }
        return candidates.get(0);
    }

    /**
     * A correction of an action with notice may give a new effective date; otherwise it moves with the date. An
     * action without notice takes effect on its date.
     */
    private static ValidDate correctedEffectiveDate(CorrectTreatyAction command, RecordedAction target,
                                                    TreatyAction action, ValidDate date) {
        if (!action.endsParticipation()) {
            if (command.effectiveDate() != null && !command.effectiveDate().equals(date)) {
                throw new RuleViolation(NO_EFFECTIVE_DATE, "effectiveDate", action
                        + " takes effect on its date; only withdrawals and departures have an effective date");
            }
            return date;
        }
        if (command.effectiveDate() != null) {
            DateRules.requireNotBefore(command.effectiveDate(), date, "effectiveDate", EFFECTIVE_BEFORE_DATE,
                    "the date of the notification");
            return command.effectiveDate();
        }
        boolean hadNotice = !target.effectiveDate().equals(target.date());
        if (!hadNotice) {
            return date;
        }
        if (target.effectiveDate().latest().isBefore(date.earliest())) {
            throw new RuleViolation(EFFECTIVE_BEFORE_DATE, "date", "the corrected notification date "
                    + date + " is after the effective date " + target.effectiveDate()
                    + "; give the corrected effectiveDate too");
        }
        return target.effectiveDate();
    }

    private WriteResult written() {
        return WriteResult.of(id, AggregateLifecycle.getVersion());
    }
}
