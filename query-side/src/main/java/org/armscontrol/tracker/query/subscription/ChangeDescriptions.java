package org.armscontrol.tracker.query.subscription;

import org.armscontrol.tracker.query.subscription.Change.ChangeType;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.participation.TreatyActionCorrected;
import org.armscontrol.tracker.shared.participation.TreatyActionVoided;
import org.armscontrol.tracker.shared.participation.TreatyActionRecorded;
import org.armscontrol.tracker.shared.query.HistoryEntryKind;
import org.armscontrol.tracker.shared.statement.StatementAmended;
import org.armscontrol.tracker.shared.statement.StatementContent;
import org.armscontrol.tracker.shared.statement.StatementRecorded;
import org.armscontrol.tracker.shared.statement.StatementRetracted;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclaration;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclarationRevised;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclarationVoided;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclared;
import org.armscontrol.tracker.shared.stockpile.StockpileDestructionReported;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.CountryNames;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.armscontrol.tracker.shared.participation.ParticipationId;
import org.armscontrol.tracker.shared.participation.ReservationMade;
import org.armscontrol.tracker.shared.participation.ReservationVoided;
import org.armscontrol.tracker.shared.participation.ReservationWithdrawn;
import org.armscontrol.tracker.shared.vote.VoteCorrected;
import org.armscontrol.tracker.shared.vote.VoteRecorded;
import org.armscontrol.tracker.shared.vote.VoteVoided;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Describes an event of the store as a {@link Change}; events that change no record (none so far) have none. */
@Component
public class ChangeDescriptions {

    private final RecordInstruments recordInstruments;

    ChangeDescriptions(RecordInstruments recordInstruments) {
        this.recordInstruments = recordInstruments;
    }

    public Optional<Change> describe(EventMessage<?> event, long globalIndex) {
        Instant at = event.getTimestamp();
        String type = event.getPayloadType().getSimpleName();
        Described described = described(event);
        return Optional.ofNullable(described).map(d -> new Change(globalIndex, type, d.recordId(),
                d.country().value(), d.instruments(), d.date().date(), d.date().precision().name(), d.kind(),
                d.change(), d.summary(), at, d.recordedBy().username(),
                d.reason() == null ? null : d.reason().text()));
    }

    private Described described(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof TreatyActionRecorded action) {
            return new Described(action.participationId().toString(),
                    action.country(), ids(List.of(action.instrument())), action.date(),
                    HistoryEntryKind.TREATY_ACTION, ChangeType.RECORDED, treatyAction(action), action.recordedBy(),
                    null);
        }
        if (payload instanceof TreatyActionCorrected corrected) {
            return new Described(corrected.participationId().toString(),
                    corrected.country(), ids(List.of(corrected.instrument())), corrected.date(),
                    HistoryEntryKind.TREATY_ACTION, ChangeType.CORRECTED, "Correction: " + name(corrected.country())
                    + " " + verb(corrected.actionAfter()) + " " + corrected.instrument() + " on " + corrected.date()
                    + ", not " + (corrected.correctedAction() == null ? "" : verb(corrected.action()) + " ")
                    + corrected.wrongDate(), corrected.recordedBy(), corrected.reason());
        }
        if (payload instanceof TreatyActionVoided voided) {
            return new Described(voided.participationId().toString(),
                    voided.country(), ids(List.of(voided.instrument())), voided.date(),
                    HistoryEntryKind.TREATY_ACTION, ChangeType.VOIDED, "Void: " + name(voided.country()) + " "
                    + verb(voided.action()) + " " + voided.instrument() + " on " + voided.date()
                    + " was recorded in error", voided.recordedBy(), voided.reason());
        }
        if (payload instanceof StatementRecorded recorded) {
            return statement(recorded.statementId().toString(), recorded.country(),
                    recorded.content(), ChangeType.RECORDED, name(recorded.country()) + " statement at "
                            + recorded.content().forum() + " (" + recorded.content().stance() + " on "
                            + String.join(", ", ids(recorded.content().instruments())) + ")",
                    recorded.recordedBy(), null);
        }
        if (payload instanceof StatementAmended amended) {
            return statement(amended.statementId().toString(), amended.country(),
                    amended.content(), ChangeType.AMENDED, name(amended.country()) + " statement of "
                            + amended.content().date() + " amended (" + String.join(", ", amended.changedFields())
                            + ")", amended.recordedBy(), amended.reason());
        }
        if (payload instanceof StatementRetracted retracted) {
            return new Described(retracted.statementId().toString(),
                    retracted.country(), earlierInstruments(event), retracted.date(), HistoryEntryKind.STATEMENT,
                    ChangeType.RETRACTED, name(retracted.country()) + " statement of " + retracted.date()
                    + " retracted", retracted.recordedBy(), retracted.reason());
        }
        if (payload instanceof StockpileDeclared declared) {
            return stockpile(declared.stockpileId().toString(), declared.country(),
                    declared.declaration(), ChangeType.RECORDED, name(declared.country()) + " declared a stockpile of "
                            + declared.weaponSystem() + " (" + declared.declaration().category() + "): "
                            + quantity(declared.declaration().quantity()) + ", "
                            + declared.declaration().status(), declared.recordedBy(), null);
        }
        if (payload instanceof StockpileDeclarationRevised revised) {
            return stockpile(revised.stockpileId().toString(), revised.country(),
                    revised.declaration(), ChangeType.REVISED, name(revised.country()) + " stockpile of "
                            + revised.weaponSystem() + " revised (" + String.join(", ", revised.changedFields()) + ")",
                    revised.recordedBy(), revised.reason());
        }
        if (payload instanceof StockpileDestructionReported destruction) {
            return new Described(destruction.stockpileId().toString(),
                    destruction.country(), earlierInstruments(event), destruction.date(),
                    HistoryEntryKind.STOCKPILE_DESTRUCTION, ChangeType.RECORDED, name(destruction.country())
                    + " reported the destruction of " + quantity(destruction.quantityDestroyed()) + " "
                    + destruction.weaponSystem() + (destruction.completed() ? " (stockpile destroyed)"
                    : destruction.remaining() == null ? "" : " (" + destruction.remaining() + " remaining)"),
                    destruction.recordedBy(), null);
        }
        if (payload instanceof ReservationMade made) {
            return new Described(participation(made.country(), made.instrument()), made.country(),
                    ids(List.of(made.instrument())), made.date(), HistoryEntryKind.RESERVATION, ChangeType.RECORDED,
                    name(made.country()) + " made a " + made.kind().name().replace('_', ' ').toLowerCase()
                            + " (" + made.reservationId().value() + ") on " + made.instrument(),
                    made.recordedBy(), null);
        }
        if (payload instanceof ReservationWithdrawn withdrawn) {
            return new Described(participation(withdrawn.country(), withdrawn.instrument()), withdrawn.country(),
                    ids(List.of(withdrawn.instrument())), withdrawn.date(), HistoryEntryKind.RESERVATION,
                    ChangeType.WITHDRAWN, name(withdrawn.country()) + " withdrew " + withdrawn.reservationId().value()
                            + " on " + withdrawn.instrument(), withdrawn.recordedBy(), withdrawn.reason());
        }
        if (payload instanceof VoteRecorded vote) {
            return new Described(vote.voteId().toString(), vote.country(), ids(vote.instruments()), vote.date(),
                    HistoryEntryKind.VOTE, ChangeType.RECORDED, name(vote.country()) + " voted "
                    + vote.vote() + " on " + vote.resolution().value()
                    + (vote.title() == null ? "" : " (" + vote.title() + ")"), vote.recordedBy(), null);
        }
        if (payload instanceof VoteCorrected corrected) {
            return new Described(corrected.voteId().toString(), corrected.country(), earlierInstruments(event),
                    corrected.date(), HistoryEntryKind.VOTE, ChangeType.CORRECTED, "Correction: "
                    + name(corrected.country()) + " voted " + corrected.vote() + " on "
                    + corrected.resolution().value() + " (" + String.join(", ", corrected.changedFields()) + ")",
                    corrected.recordedBy(), corrected.reason());
        }
        return voided(event, payload);
    }

    /** The voids of a stockpile, a vote or a reservation, or null for any other event. */
    private Described voided(EventMessage<?> event, Object payload) {
        if (payload instanceof StockpileDeclarationVoided voided) {
            return new Described(voided.stockpileId().toString(), voided.country(), earlierInstruments(event),
                    voided.date(), HistoryEntryKind.STOCKPILE_DECLARATION, ChangeType.VOIDED, "Void: "
                    + name(voided.country()) + " stockpile of " + voided.weaponSystem() + " recorded in error",
                    voided.recordedBy(), voided.reason());
        }
        if (payload instanceof VoteVoided voided) {
            return new Described(voided.voteId().toString(), voided.country(), earlierInstruments(event),
                    voided.date(), HistoryEntryKind.VOTE, ChangeType.VOIDED, "Void: " + name(voided.country())
                    + " vote on " + voided.resolution().value() + " recorded in error", voided.recordedBy(),
                    voided.reason());
        }
        if (payload instanceof ReservationVoided voided) {
            return new Described(participation(voided.country(), voided.instrument()), voided.country(),
                    ids(List.of(voided.instrument())), voided.date(), HistoryEntryKind.RESERVATION,
                    ChangeType.VOIDED, "Void: " + name(voided.country()) + " " + voided.reservationId().value()
                    + " on " + voided.instrument() + " recorded in error", voided.recordedBy(), voided.reason());
        }
        return null;
    }

    private static Described statement(String id, CountryCode country, StatementContent content, ChangeType change,
                                       String summary, Recorder by, Reason reason) {
        return new Described(id, country, ids(content.instruments()), content.date(), HistoryEntryKind.STATEMENT,
                change, summary, by, reason);
    }

    private static Described stockpile(String id, CountryCode country, StockpileDeclaration declaration,
                                       ChangeType change, String summary, Recorder by, Reason reason) {
        return new Described(id, country, ids(declaration.category().instruments()), declaration.date(),
                HistoryEntryKind.STOCKPILE_DECLARATION, change, summary, by, reason);
    }

    private List<String> earlierInstruments(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain
                ? recordInstruments.before(domain.getAggregateIdentifier(), domain.getSequenceNumber())
                : List.of();
    }

    private static String treatyAction(TreatyActionRecorded action) {
        String summary = name(action.country()) + " " + verb(action.action()) + " " + action.instrument() + " on "
                + action.date();
        return action.effectiveDate().equals(action.date()) ? summary
                : summary + " (effective " + action.effectiveDate() + ")";
    }

    private static String verb(TreatyAction action) {
        return switch (action) {
            case SIGNED -> "signed";
            case PROVISIONALLY_APPLIED -> "applied provisionally";
            case FORMALLY_CONFIRMED -> "formally confirmed";
            case RATIFIED -> "ratified";
            case ACCEPTED -> "accepted";
            case APPROVED -> "approved";
            case ACCEDED -> "acceded to";
            case SUCCEEDED -> "succeeded to";
            case WITHDREW -> "withdrew from";
            case JOINED -> "joined";
            case LEFT -> "left";
            case ADHERED -> "adhered to";
            case CONSENTED_TO_BE_BOUND -> "consented to be bound by";
            case SUCCEEDED_TO_SIGNATURE -> "succeeded to the signature of";
            case REVOKED_CONSENT -> "revoked its consent to";
            case DECLARED_NOT_TO_BECOME_PARTY -> "declared it does not intend to become a party to";
            case SUSPENDED -> "suspended";
        };
    }

    /** A reservation belongs to its participation: the record its events are part of. */
    private static String participation(CountryCode country, InstrumentId instrument) {
        return new ParticipationId(country, instrument).toString();
    }

    private static String name(CountryCode country) {
        return CountryNames.of(country).label();
    }

    private static String quantity(Long quantity) {
        return quantity == null ? "an unknown quantity" : String.valueOf(quantity);
    }

    private static List<String> ids(List<InstrumentId> instruments) {
        return instruments.stream().map(InstrumentId::value).toList();
    }

    /** What a change says before it gets its place in the store. */
    private record Described(String recordId, CountryCode country, List<String> instruments, ValidDate date,
                             HistoryEntryKind kind, ChangeType change, String summary, Recorder recordedBy,
                             Reason reason) {
    }
}
