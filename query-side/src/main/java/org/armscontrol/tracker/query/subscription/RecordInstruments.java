package org.armscontrol.tracker.query.subscription;

import org.armscontrol.tracker.shared.statement.StatementAmended;
import org.armscontrol.tracker.shared.statement.StatementRecorded;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclarationRevised;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclared;
import org.armscontrol.tracker.shared.vote.VoteRecorded;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The instruments a record concerns, for the events that do not say so themselves (a statement's retraction, a
 * stockpile's destruction, a vote's correction): read from the record's earlier events in the event store, not from a read model, which
 * may lag behind or be rebuilding.
 */
@Component
class RecordInstruments {

    private final EventStorageEngine storage;

    RecordInstruments(EventStorageEngine storage) {
        this.storage = storage;
    }

    /** The instruments of the record's latest version before {@code sequence}; empty if it has none. */
    List<String> before(String aggregateId, long sequence) {
        List<InstrumentId> instruments = List.of();
        DomainEventStream events = storage.readEvents(aggregateId, 0);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getSequenceNumber() >= sequence) {
                break;
            }
            Object payload = event.getPayload();
            if (payload instanceof StatementRecorded recorded) {
                instruments = recorded.content().instruments();
            } else if (payload instanceof StatementAmended amended) {
                instruments = amended.content().instruments();
            } else if (payload instanceof StockpileDeclared declared) {
                instruments = declared.declaration().category().instruments();
            } else if (payload instanceof StockpileDeclarationRevised revised) {
                instruments = revised.declaration().category().instruments();
            } else if (payload instanceof VoteRecorded vote) {
                instruments = vote.instruments();
            }
        }
        return instruments.stream().map(InstrumentId::value).toList();
    }
}
