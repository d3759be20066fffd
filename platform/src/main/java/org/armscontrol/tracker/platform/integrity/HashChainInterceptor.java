package org.armscontrol.tracker.platform.integrity;

import org.armscontrol.tracker.shared.TrackerMetaData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Seals every event on its way into the event store: adds {@code previousHash} and {@code hash} (see
 * {@link EventHash}) to its metadata. Registered on the event store, it sees the events of a unit of work when
 * they are about to be appended, in order, after the correlation data has been added.
 * <p>
 * It serializes the payload and metadata with the serializer the storage engine uses, so the bytes hashed are the
 * bytes stored (the JSON of stored messages is deterministic). It also cuts the timestamp to whole microseconds: the
 * JDBC driver would round it to {@code timestamptz}'s microseconds, and the hash must cover the stored instant.
 * <p>
 * The predecessor's hash usually costs no query: the command handler has just loaded its aggregate from its events,
 * whose hashes {@link HashRecordingStorageEngine} left in the {@link UnitOfWorkChain}; failing that it is read from
 * the store ({@link HashLookup}).
 * <p>
 * A writer that loses a concurrent append to the same stream fails on the unique sequence number and its command is
 * retried from the fresh state, so it is sealed again against the event that won.
 */
public class HashChainInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final Set<String> CHAIN_KEYS = Set.of(TrackerMetaData.HASH, TrackerMetaData.PREVIOUS_HASH);

    private final Serializer eventSerializer;
    private final HashLookup storedHashes;

    HashChainInterceptor(Serializer eventSerializer, HashLookup storedHashes) {
        this.eventSerializer = eventSerializer;
        this.storedHashes = storedHashes;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> events) {
        UnitOfWorkChain chain = UnitOfWorkChain.current();
        return (index, event) -> seal(event, chain);
    }

    private <T> EventMessage<T> seal(EventMessage<T> event, UnitOfWorkChain chain) {
        Position position = Position.asStored(event);
        Instant recordedAt = event.getTimestamp().truncatedTo(ChronoUnit.MICROS);
        MetaData metaData = event.getMetaData().withoutKeys(CHAIN_KEYS);
        SerializedObject<byte[]> payload = event.serializePayload(eventSerializer, byte[].class);
        byte[] metaDataJson = eventSerializer.serialize(metaData, byte[].class).getData();

        String previousHash = position.sequenceNumber() == 0 ? EventHash.GENESIS
                : chain.hashBefore(position.aggregateId(), position.sequenceNumber())
                .orElseGet(() -> storedHashes.hashAt(position.aggregateId(), position.sequenceNumber() - 1));
        String hash = EventHash.of(new EventFields(previousHash, event.getIdentifier(), position.aggregateType(),
                position.aggregateId(), position.sequenceNumber(), payload.getType().getName(),
                payload.getType().getRevision(), recordedAt, payload.getData(),
                CanonicalMetadata.fromJson(metaDataJson).bytes()));
        chain.sealed(position.aggregateId(), position.sequenceNumber(), hash);

        GenericMessage<T> sealed = new GenericMessage<>(event.getIdentifier(), event.getPayloadType(),
                event.getPayload(), metaData.and(TrackerMetaData.PREVIOUS_HASH, previousHash)
                .and(TrackerMetaData.HASH, hash));
        if (event instanceof DomainEventMessage<T> domainEvent) {
            return new GenericDomainEventMessage<>(domainEvent.getType(), domainEvent.getAggregateIdentifier(),
                    domainEvent.getSequenceNumber(), sealed, recordedAt);
        }
        return new GenericEventMessage<>(sealed, () -> recordedAt);
    }

    /**
     * Where an event is stored. An event published outside any aggregate is stored by Axon's JDBC engine as the only
     * event of a stream of its own (its id as aggregate id, no type, sequence 0), and is hashed as such.
     */
    private record Position(String aggregateType, String aggregateId, long sequenceNumber) {

        static Position asStored(EventMessage<?> event) {
            if (event instanceof DomainEventMessage<?> domainEvent) {
                return new Position(domainEvent.getType(), domainEvent.getAggregateIdentifier(),
                        domainEvent.getSequenceNumber());
            }
            return new Position(null, event.getIdentifier(), 0);
        }
    }
}
