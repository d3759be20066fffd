package org.armscontrol.tracker.command.participation;

import org.armscontrol.tracker.command.rules.DateRules;
import org.armscontrol.tracker.command.rules.ExpectedVersion;
import org.armscontrol.tracker.command.rules.RuleViolation;
import org.armscontrol.tracker.command.rules.UnknownRecordException;
import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.catalogue.Instrument;
import org.armscontrol.tracker.shared.participation.AccedeToTreaty;
import org.armscontrol.tracker.shared.participation.AdhereToInstrument;
import org.armscontrol.tracker.shared.participation.ApplyTreatyProvisionally;
import org.armscontrol.tracker.shared.participation.CorrectTreatyAction;
import org.armscontrol.tracker.shared.participation.InstrumentAdheredTo;
import org.armscontrol.tracker.shared.participation.JoinRegime;
import org.armscontrol.tracker.shared.participation.LeaveRegime;
import org.armscontrol.tracker.shared.participation.MakeReservation;
import org.armscontrol.tracker.shared.participation.ParticipationId;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.RatifyTreaty;
import org.armscontrol.tracker.shared.participation.RegimeJoined;
import org.armscontrol.tracker.shared.participation.RegimeLeft;
import org.armscontrol.tracker.shared.participation.ReservationId;
import org.armscontrol.tracker.shared.participation.ReservationMade;
import org.armscontrol.tracker.shared.participation.ReservationVoided;
import org.armscontrol.tracker.shared.participation.ReservationWithdrawn;
import org.armscontrol.tracker.shared.participation.SignTreaty;
import org.armscontrol.tracker.shared.participation.SucceedToTreaty;
import org.armscontrol.tracker.shared.participation.TreatyAccededTo;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.participation.TreatyActionCommand;
import org.armscontrol.tracker.shared.participation.TreatyActionCorrected;
import org.armscontrol.tracker.shared.participation.TreatyActionRecorded;
import org.armscontrol.tracker.shared.participation.TreatyProvisionallyApplied;
import org.armscontrol.tracker.shared.participation.TreatyRatified;
import org.armscontrol.tracker.shared.participation.TreatySigned;
import org.armscontrol.tracker.shared.participation.TreatySucceededTo;
import org.armscontrol.tracker.shared.participation.WithdrawFromTreaty;
import org.armscontrol.tracker.shared.participation.VoidReservation;
import org.armscontrol.tracker.shared.participation.WithdrawReservation;
import org.armscontrol.tracker.shared.participation.WithdrawnFromTreaty;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.armscontrol.tracker.command.config.CommandSideConfiguration;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.armscontrol.tracker.shared.participation.ParticipationStatus.ADHERENT;
import static org.armscontrol.tracker.shared.participation.ParticipationStatus.MEMBER;
import static org.armscontrol.tracker.shared.participation.ParticipationStatus.NONE;
import static org.armscontrol.tracker.shared.participation.ParticipationStatus.PARTY;
import static org.armscontrol.tracker.shared.participation.ParticipationStatus.PROVISIONALLY_APPLYING;
import static org.armscontrol.tracker.shared.participation.ParticipationStatus.SIGNATORY;
import static org.armscontrol.tracker.shared.participation.ParticipationStatus.WITHDRAWN;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One state's participation in one instrument: the sequence of its actions, which must make sense together.
 * <p>
 * Rules: an action must be one the instrument provides for; its date must not be in the future, before the
 * instrument opened or before the previous action; and the state must be in a status from which the action is
 * possible (no ratifying twice, no ratifying without signature where signature comes first, no accession after
 * signature, provisional application only by a signatory, withdrawal only by a party). A signatory applying the
 * instrument provisionally is still a signatory for these rules: it ratifies, it does not accede or sign again. Corrections change a recorded date for a stated reason, keep the
 * history in order, and leave the original event in place.
 * <p>
 * Reservations and declarations are made by a state that has acted on the instrument (signed, ratified, acceded…),
 * not before its first action; the same text of the same kind is not recorded twice while in force. A withdrawal
 * ends one, on a date not before it was made; it stays in the record. One recorded in error is voided, with a
 * reason and a source, once, and is then neither withdrawn nor voided again.
 */
// Snapshots (every tracker.snapshots.threshold events) store the fields as JSON; the revision names their shape
// (2: with the reservations, so that snapshots taken before them are not read as the whole state).
@Aggregate(snapshotTriggerDefinition = CommandSideConfiguration.SNAPSHOT_TRIGGER)
@Revision("2")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class TreatyParticipation {

    /** The statuses of a state that signed and has not yet consented to be bound. */
    private static final Set<ParticipationStatus> SIGNATORIES = Set.of(SIGNATORY, PROVISIONALLY_APPLYING);

    @AggregateIdentifier
    private ParticipationId id;
    private final List<RecordedAction> actions = new ArrayList<>();
    private final List<RecordedReservation> reservations = new ArrayList<>();

    protected TreatyParticipation() {
        // Axon creates an empty instance, then replays the stream (or runs a creating command) on it.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(SignTreaty command, Recorder recorder, Clock clock) {
        Instrument instrument = checkCommon(command, clock);
        if (instrument.signatureOpenUntil() != null
                && command.date().earliest().isAfter(instrument.signatureOpenUntil())) {
            throw new RuleViolation("SIGNATURE_CLOSED", "date", instrument.id() + " was open for signature until "
                    + instrument.signatureOpenUntil() + "; a state that did not sign by then accedes (ACCEDED)");
        }
        requireStatus(command, Set.of(NONE));
        apply(new TreatySigned(command.country(), command.instrument(), command.date(), command.source(),
                command.note(), recorder));
        return written();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(RatifyTreaty command, Recorder recorder, Clock clock) {
        Instrument instrument = checkCommon(command, clock);
        if (instrument.signatureRequired() && status() == NONE) {
            throw new RuleViolation("SIGNATURE_REQUIRED", "action", instrument.id()
                    + " is ratified after signature and " + command.country() + " has not signed it; "
                    + "a state that did not sign accedes (ACCEDED)");
        }
        requireStatus(command, instrument.signatureRequired() ? SIGNATORIES : Set.of(NONE, WITHDRAWN));
        apply(new TreatyRatified(command.country(), command.instrument(), command.action(), command.date(),
                command.source(), command.note(), recorder));
        return written();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(AccedeToTreaty command, Recorder recorder, Clock clock) {
        checkCommon(command, clock);
        if (SIGNATORIES.contains(status())) {
            throw new RuleViolation("ACCESSION_AFTER_SIGNATURE", "action", command.country() + " signed "
                    + command.instrument() + " (" + lastAction() + "): a signatory ratifies, it does not accede");
        }
        requireStatus(command, Set.of(NONE, WITHDRAWN));
        apply(new TreatyAccededTo(command.country(), command.instrument(), command.date(), command.source(),
                command.note(), recorder));
        return written();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(ApplyTreatyProvisionally command, Recorder recorder, Clock clock) {
        Instrument instrument = checkCommon(command, clock);
        if (status() == NONE) {
            throw new RuleViolation("SIGNATURE_REQUIRED", "action", instrument.id()
                    + " is applied provisionally by a signatory pending ratification, and " + command.country()
                    + " has not signed it");
        }
        requireStatus(command, Set.of(SIGNATORY));
        apply(new TreatyProvisionallyApplied(command.country(), command.instrument(), command.date(),
                command.source(), command.note(), recorder));
        return written();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(SucceedToTreaty command, Recorder recorder, Clock clock) {
        checkCommon(command, clock);
        requireStatus(command, Set.of(NONE));
        apply(new TreatySucceededTo(command.country(), command.instrument(), command.date(), command.source(),
                command.note(), recorder));
        return written();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(WithdrawFromTreaty command, Recorder recorder, Clock clock) {
        checkCommon(command, clock);
        requireStatus(command, Set.of(PARTY));
        apply(new WithdrawnFromTreaty(command.country(), command.instrument(), command.date(),
                command.effectiveDate(), command.source(), command.note(), recorder));
        return written();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(JoinRegime command, Recorder recorder, Clock clock) {
        checkCommon(command, clock);
        requireStatus(command, Set.of(NONE, WITHDRAWN));
        apply(new RegimeJoined(command.country(), command.instrument(), command.date(), command.source(),
                command.note(), recorder));
        return written();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(LeaveRegime command, Recorder recorder, Clock clock) {
        checkCommon(command, clock);
        requireStatus(command, Set.of(MEMBER, ADHERENT));
        apply(new RegimeLeft(command.country(), command.instrument(), command.date(), command.effectiveDate(),
                command.source(), command.note(), recorder));
        return written();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(AdhereToInstrument command, Recorder recorder, Clock clock) {
        checkCommon(command, clock);
        requireStatus(command, Set.of(NONE, WITHDRAWN));
        apply(new InstrumentAdheredTo(command.country(), command.instrument(), command.date(), command.source(),
                command.note(), recorder));
        return written();
    }

    @CommandHandler
    public WriteResult handle(CorrectTreatyAction command, Recorder recorder, Clock clock) {
        RecordedAction target = actionToCorrect(command);
        ValidDate effectiveDate = correctedEffectiveDate(command, target);
        if (target.date().equals(command.date()) && target.effectiveDate().equals(effectiveDate)) {
            throw new RuleViolation("CORRECTION_CHANGES_NOTHING", "date", "the " + target.action()
                    + " is already recorded as " + target + "; the correction changes nothing");
        }
        Instrument instrument = command.instrument().instrument();
        DateRules.requireNotInFuture(command.date(), "date", clock);
        DateRules.requireNotBefore(command.date(), instrument.openedOn(), "date", "BEFORE_INSTRUMENT_OPENED",
                "the opening of " + instrument.id());
        int index = actions.indexOf(target);
        if (index > 0) {
            RecordedAction previous = actions.get(index - 1);
            DateRules.requireNotBefore(command.date(), previous.effectiveDate(), "date", "OUT_OF_ORDER",
                    "the previous action, " + previous);
        }
        if (index + 1 < actions.size()) {
            RecordedAction next = actions.get(index + 1);
            if (next.date().latest().isBefore(effectiveDate.earliest())) {
                throw new RuleViolation("OUT_OF_ORDER", "date", "the corrected " + target.action() + " ("
                        + effectiveDate + ") would come after the next action, " + next);
            }
        }
        apply(new TreatyActionCorrected(command.country(), command.instrument(), target.action(),
                target.sequence(), target.date(), command.date(), target.effectiveDate(), effectiveDate,
                command.reason(), command.source(), recorder));
        return written();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(MakeReservation command, Recorder recorder, Clock clock) {
        ExpectedVersion.check(command.expectedVersion(), command.participationId());
        if (actions.isEmpty()) {
            throw new RuleViolation("NOT_A_PARTICIPANT", null, command.country() + " has no recorded action on "
                    + command.instrument() + "; a state makes reservations and declarations when it signs, "
                    + "ratifies or accedes: record that action first");
        }
        Instrument instrument = command.instrument().instrument();
        DateRules.requireNotInFuture(command.date(), "date", clock);
        DateRules.requireNotBefore(command.date(), instrument.openedOn(), "date", "BEFORE_INSTRUMENT_OPENED",
                "the opening of " + instrument.id());
        DateRules.requireNotBefore(command.date(), actions.get(0).date(), "date", "NOT_A_PARTICIPANT",
                "the first recorded action of " + command.country() + ", " + actions.get(0));
        reservations.stream()
                .filter(reservation -> reservation.inForceWith(command.kind(), command.text()))
                .findFirst()
                .ifPresent(same -> {
                    throw new RuleViolation("ALREADY_RECORDED", "text", "the same text is already recorded and "
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
            throw new RuleViolation("VOIDED", "reservationId", reservation + " was voided (recorded in error)");
        }
        if (reservation.withdrawn()) {
            throw new RuleViolation("RESERVATION_WITHDRAWN", "reservationId", reservation + " is already withdrawn");
        }
        DateRules.requireNotInFuture(command.date(), "date", clock);
        DateRules.requireNotBefore(command.date(), reservation.date(), "date", "WITHDRAWAL_BEFORE_RESERVATION",
                "the date it was made");
        apply(new ReservationWithdrawn(command.country(), command.instrument(), reservation.id(), command.date(),
                command.reason(), command.source(), recorder));
        return written();
    }

    @CommandHandler
    public WriteResult handle(VoidReservation command, Recorder recorder) {
        RecordedReservation reservation = reservation(command.reservationId());
        if (reservation.voided()) {
            throw new RuleViolation("ALREADY_VOID", "reservationId", reservation + " is already voided");
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
        actions.add(new RecordedAction(sequence, event.action(), event.date(), event.effectiveDate()));
    }

    @EventSourcingHandler
    void on(TreatyActionCorrected event) {
        actions.replaceAll(action -> action.sequence() == event.correctedSequence()
                ? action.correctedTo(event.date(), event.effectiveDate())
                : action);
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

    /** The rules every action obeys (and the If-Match check); returns the instrument for rules of its own. */
    private Instrument checkCommon(TreatyActionCommand command, Clock clock) {
        ExpectedVersion.check(command.expectedVersion(), command.participationId());
        Instrument instrument = command.instrument().instrument();
        if (!instrument.allows(command.action())) {
            throw new RuleViolation("ACTION_NOT_APPLICABLE", "action", instrument.id() + " ("
                    + instrument.joining().name().toLowerCase().replace('_', ' ') + ") provides for "
                    + (instrument.actions().isEmpty() ? "no action by states"
                    : "the actions " + instrument.actions().stream().sorted().toList()) + ", not " + command.action());
        }
        DateRules.requireNotInFuture(command.date(), "date", clock);
        DateRules.requireNotBefore(command.date(), instrument.openedOn(), "date", "BEFORE_INSTRUMENT_OPENED",
                "the opening of " + instrument.id());
        if (!actions.isEmpty()) {
            DateRules.requireNotBefore(command.date(), lastAction().effectiveDate(), "date", "OUT_OF_ORDER",
                    "the previous action, " + lastAction());
        }
        return instrument;
    }

    private void requireStatus(TreatyActionCommand command, Set<ParticipationStatus> allowed) {
        ParticipationStatus status = status();
        if (allowed.contains(status)) {
            return;
        }
        String who = command.country() + " on " + command.instrument();
        String since = actions.isEmpty() ? "" : " (" + lastAction() + ")";
        if (command.action() == TreatyAction.WITHDREW) {
            throw new RuleViolation("NOT_A_PARTY", "action", who + " is " + status + since
                    + ": only a party can withdraw");
        }
        if (command.action() == TreatyAction.LEFT) {
            throw new RuleViolation("NOT_A_MEMBER", "action", who + " is " + status + since
                    + ": only a member or adherent can leave");
        }
        throw switch (status) {
            case PARTY -> new RuleViolation("ALREADY_PARTY", "action", who + " is already a party" + since
                    + "; it cannot be " + command.action() + " again");
            case SIGNATORY -> new RuleViolation("ALREADY_SIGNED", "action", who + " is already a signatory" + since);
            case PROVISIONALLY_APPLYING -> command.action() == TreatyAction.PROVISIONALLY_APPLIED
                    ? new RuleViolation("ALREADY_APPLYING_PROVISIONALLY", "action", who
                    + " already applies it provisionally" + since)
                    : new RuleViolation("ALREADY_SIGNED", "action", who + " is a signatory applying it provisionally"
                    + since + "; it consents to be bound by ratification");
            case MEMBER -> new RuleViolation("ALREADY_MEMBER", "action", who + " is already a member" + since);
            case ADHERENT -> new RuleViolation("ALREADY_ADHERENT", "action", who + " already adheres" + since);
            case WITHDRAWN -> new RuleViolation("WITHDRAWN", "action", who + " withdrew" + since
                    + "; after withdrawal a state rejoins by accession (ACCEDED), admission (JOINED) or adherence (ADHERED)");
            case NONE -> new RuleViolation("STATUS_FORBIDS", "action", who + " has no recorded participation; "
                    + command.action() + " requires the status " + allowed);
        };
    }

    private RecordedAction actionToCorrect(CorrectTreatyAction command) {
        List<RecordedAction> candidates = actions.stream()
                .filter(action -> action.action() == command.action())
                .filter(action -> command.wrongDate() == null || action.date().date().equals(command.wrongDate()))
                .toList();
        if (candidates.isEmpty()) {
            throw new RuleViolation("NOTHING_TO_CORRECT", command.wrongDate() == null ? "action" : "wrongDate",
                    "no " + command.action() + (command.wrongDate() == null ? "" : " dated " + command.wrongDate())
                            + " is recorded for " + command.country() + " on " + command.instrument()
                            + "; recorded: " + (actions.isEmpty() ? "nothing" : actions));
        }
        if (candidates.size() > 1) {
            throw new RuleViolation("AMBIGUOUS_CORRECTION", "wrongDate", "several " + command.action()
                    + " actions are recorded (" + candidates + "); give wrongDate to say which one is wrong");
        }
        return candidates.get(0);
    }

    /** A correction of an action with notice may give a new effective date; otherwise it moves with the date. */
    private static ValidDate correctedEffectiveDate(CorrectTreatyAction command, RecordedAction target) {
        if (!target.action().endsParticipation()) {
            if (command.effectiveDate() != null && !command.effectiveDate().equals(command.date())) {
                throw new RuleViolation("NO_EFFECTIVE_DATE", "effectiveDate", target.action()
                        + " takes effect on its date; only withdrawals and departures have an effective date");
            }
            return command.date();
        }
        if (command.effectiveDate() != null) {
            DateRules.requireNotBefore(command.effectiveDate(), command.date(), "effectiveDate",
                    "EFFECTIVE_BEFORE_DATE", "the date of the notification");
            return command.effectiveDate();
        }
        boolean hadNotice = !target.effectiveDate().equals(target.date());
        if (!hadNotice) {
            return command.date();
        }
        if (target.effectiveDate().latest().isBefore(command.date().earliest())) {
            throw new RuleViolation("EFFECTIVE_BEFORE_DATE", "date", "the corrected notification date "
                    + command.date() + " is after the effective date " + target.effectiveDate()
                    + "; give the corrected effectiveDate too");
        }
        return target.effectiveDate();
    }

    private ParticipationStatus status() {
        return actions.isEmpty() ? NONE : lastAction().action().resultingStatus();
    }

    private RecordedAction lastAction() {
        return actions.get(actions.size() - 1);
    }

    private WriteResult written() {
        return WriteResult.of(id, AggregateLifecycle.getVersion());
    }
}
