package org.armscontrol.tracker.platform.integrity;

import org.armscontrol.tracker.shared.TrackerMetaData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The storage engine, remembering in the current unit of work's {@link UnitOfWorkChain} the hash of each event of an
 * aggregate's stream it reads. A command handler loads its aggregate from these events just before it appends, so
 * the predecessor of its first new event is already known and sealing it needs no query. Snapshots are read
 * separately ({@link #readSnapshot}) and carry no hash: a stream read from a snapshot on is remembered from the
 * first event after it, or not at all when there is none.
 */
final class HashRecordingStorageEngine implements EventStorageEngine {

    private final EventStorageEngine storage;

    HashRecordingStorageEngine(EventStorageEngine storage) {
        this.storage = storage;
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return recording(storage.readEvents(aggregateIdentifier));
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return recording(storage.readEvents(aggregateIdentifier, firstSequenceNumber));
    }

    private static DomainEventStream recording(DomainEventStream events) {
        return UnitOfWorkChain.ofCurrentUnitOfWork()
                .<DomainEventStream>map(chain -> new Recording(events, chain))
                .orElse(events);
    }

    @Override
    public void appendEvents(EventMessage<?>... events) {
        storage.appendEvents(events);
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        storage.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        storage.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return storage.readEvents(trackingToken, mayBlock);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return storage.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return storage.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return storage.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return storage.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return storage.createTokenAt(dateTime);
    }

    /** The events as read, each one's hash passed to the chain as the event sourcing the aggregate takes it. */
    private record Recording(DomainEventStream events, UnitOfWorkChain chain) implements DomainEventStream {

        @Override
        public boolean hasNext() {
            return events.hasNext();
        }

        @Override
        public DomainEventMessage<?> next() {
            DomainEventMessage<?> event = events.next();
            // An event stored before events were chained has no hash: its successor is left to the stored lookup.
            if (event.getMetaData().get(TrackerMetaData.HASH) instanceof String hash) {
                chain.read(event.getAggregateIdentifier(), event.getSequenceNumber(), hash);
            }
            return event;
        }

        @Override
        public DomainEventMessage<?> peek() {
            return events.peek();
        }

        @Override
        public Long getLastSequenceNumber() {
            return events.getLastSequenceNumber();
        }
    }
}
