package org.armscontrol.tracker.platform.integrity;

import org.armscontrol.tracker.platform.eventstore.StoredMessageJson;
import org.armscontrol.tracker.shared.TrackerMetaData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Sealing events as they are published: chained to each other, and hashed over what will be stored. */
class HashChainInterceptorTest {

    record Amended(String statementId, String summary, LocalDate date) {
    }

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(StoredMessageJson.objectMapper()).build();
    private final List<String> lookups = new ArrayList<>();
    private final HashChainInterceptor interceptor = new HashChainInterceptor(serializer, (aggregateId, sequence) -> {
        lookups.add(aggregateId + "@" + sequence);
        return "5".repeat(64);
    });
    private UnitOfWork<?> unitOfWork;

    @AfterEach
    void endUnitOfWork() {
        if (unitOfWork != null && unitOfWork.isActive()) {
            unitOfWork.rollback();
        }
    }

    @Test
    void events_of_one_aggregate_in_one_unit_of_work_chain_to_each_other_and_the_first_to_the_store() {
        unitOfWork = DefaultUnitOfWork.startAndGet(null);

        List<EventMessage<?>> first = seal(event("st-1", 3), event("st-1", 4));
        // Events published while the unit of work prepares its commit are intercepted in a second round.
        List<EventMessage<?>> second = seal(event("st-1", 5));

        assertThat(lookups).containsExactly("st-1@2");
        assertThat(first.get(0).getMetaData()).containsEntry(TrackerMetaData.PREVIOUS_HASH, "5".repeat(64));
        assertThat(first.get(1).getMetaData())
                .containsEntry(TrackerMetaData.PREVIOUS_HASH, first.get(0).getMetaData().get(TrackerMetaData.HASH));
        assertThat(second.get(0).getMetaData())
                .containsEntry(TrackerMetaData.PREVIOUS_HASH, first.get(1).getMetaData().get(TrackerMetaData.HASH));
    }

    @Test
    void what_the_storage_engine_stores_of_sealed_events_verifies() {
        unitOfWork = DefaultUnitOfWork.startAndGet(null);
        List<EventMessage<?>> sealed = seal(event("st-1", 0), event("st-1", 1), event("st-2", 0));

        ChainWalker walker = new ChainWalker();
        long globalIndex = 1;
        for (EventMessage<?> event : sealed) {
            assertThat(walker.check(asStored((DomainEventMessage<?>) event, globalIndex++))).isEmpty();
        }
        assertThat(walker.intactEvents()).isEqualTo(3);
        assertThat(lookups).isEmpty();
    }

    @Test
    void a_sealed_event_keeps_its_identity_payload_and_metadata_and_its_instant_to_the_microsecond() {
        DomainEventMessage<?> original = event("st-1", 0)
                .andMetaData(Map.of(TrackerMetaData.HASH, "forged", "recordedBy", "alice"));

        DomainEventMessage<?> sealed = (DomainEventMessage<?>) interceptor.handle(original);

        assertThat(sealed.getIdentifier()).isEqualTo(original.getIdentifier());
        assertThat(sealed.getPayload()).isEqualTo(original.getPayload());
        assertThat(sealed.getAggregateIdentifier()).isEqualTo("st-1");
        assertThat(sealed.getSequenceNumber()).isZero();
        assertThat(sealed.getType()).isEqualTo("Statement");
        assertThat(sealed.getTimestamp().getNano() % 1_000).isZero();
        assertThat(sealed.getTimestamp()).isBetween(original.getTimestamp().minusNanos(1_000), original.getTimestamp());
        assertThat(sealed.getMetaData()).containsEntry("recordedBy", "alice")
                .containsEntry(TrackerMetaData.PREVIOUS_HASH, EventHash.GENESIS);
        assertThat((String) sealed.getMetaData().get(TrackerMetaData.HASH)).matches("[0-9a-f]{64}");
    }

    @Test
    void an_event_outside_any_aggregate_is_sealed_as_the_only_event_of_its_own_stream() {
        EventMessage<?> plain = GenericEventMessage.asEventMessage(new Amended("st-9", "plain", LocalDate.of(2008, 1, 17)));

        EventMessage<?> sealed = interceptor.handle(plain);

        assertThat(sealed).isNotInstanceOf(DomainEventMessage.class);
        assertThat(sealed.getMetaData()).containsEntry(TrackerMetaData.PREVIOUS_HASH, EventHash.GENESIS);
        // Axon's JDBC engine stores it under its own id, without type, at sequence 0: it verifies as such.
        DomainEventMessage<?> stored = new GenericDomainEventMessage<>(null, sealed.getIdentifier(), 0, sealed,
                sealed::getTimestamp);
        assertThat(new ChainWalker().check(asStored(stored, 1))).isEmpty();
    }

    private List<EventMessage<?>> seal(EventMessage<?>... events) {
        BiFunction<Integer, EventMessage<?>, EventMessage<?>> sealing = interceptor.handle(List.of(events));
        List<EventMessage<?>> sealed = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            sealed.add(sealing.apply(i, events[i]));
        }
        return sealed;
    }

    private static DomainEventMessage<?> event(String statementId, long sequence) {
        return new GenericDomainEventMessage<>("Statement", statementId, sequence,
                new Amended(statementId, "Summary " + sequence, LocalDate.of(2008, 1, 17)),
                MetaData.with(TrackerMetaData.CORRELATION_ID, "c-" + statementId));
    }

    /** The row Axon's JDBC storage engine writes for an event: the same serializer calls. */
    private StoredEvent asStored(DomainEventMessage<?> event, long globalIndex) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        return new StoredEvent(globalIndex, event.getIdentifier(), event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getTimestamp(), payload.getType().getName(),
                payload.getType().getRevision(), payload.getData(),
                event.serializeMetaData(serializer, byte[].class).getData());
    }
}
