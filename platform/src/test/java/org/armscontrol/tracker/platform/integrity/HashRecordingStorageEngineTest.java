package org.armscontrol.tracker.platform.integrity;

import org.armscontrol.tracker.shared.TrackerMetaData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hashes of the events an aggregate is loaded from, left in the unit of work for the next event's link. */
class HashRecordingStorageEngineTest {

    private final InMemoryEventStorageEngine stored = new InMemoryEventStorageEngine();
    private final HashRecordingStorageEngine storage = new HashRecordingStorageEngine(stored);
    private UnitOfWork<?> unitOfWork;

    @AfterEach
    void endUnitOfWork() {
        if (unitOfWork != null && unitOfWork.isActive()) {
            unitOfWork.rollback();
        }
    }

    @Test
    void the_last_event_read_is_the_link_of_the_next_sequence_number_only() {
        stored.appendEvents(event("st-1", 0, "a".repeat(64)), event("st-1", 1, "b".repeat(64)));
        unitOfWork = DefaultUnitOfWork.startAndGet(null);

        drain(storage.readEvents("st-1"));

        UnitOfWorkChain chain = UnitOfWorkChain.current();
        assertThat(chain.hashBefore("st-1", 2)).contains("b".repeat(64));
        assertThat(chain.hashBefore("st-1", 1)).isEmpty();
        assertThat(chain.hashBefore("st-1", 3)).isEmpty();
        assertThat(chain.hashBefore("st-2", 0)).isEmpty();
    }

    @Test
    void an_event_without_a_hash_leaves_its_successor_to_the_stored_lookup() {
        stored.appendEvents(event("st-1", 0, "a".repeat(64)), event("st-1", 1, null));
        unitOfWork = DefaultUnitOfWork.startAndGet(null);

        drain(storage.readEvents("st-1", 0));

        assertThat(UnitOfWorkChain.current().hashBefore("st-1", 2)).isEmpty();
    }

    @Test
    void reading_an_older_part_of_a_stream_does_not_replace_a_link_sealed_since() {
        stored.appendEvents(event("st-1", 0, "a".repeat(64)));
        unitOfWork = DefaultUnitOfWork.startAndGet(null);
        UnitOfWorkChain chain = UnitOfWorkChain.current();
        chain.sealed("st-1", 1, "c".repeat(64));

        drain(storage.readEvents("st-1"));

        assertThat(chain.hashBefore("st-1", 2)).contains("c".repeat(64));
    }

    @Test
    void a_stored_event_read_at_a_sequence_number_sealed_here_is_the_link_chained_to() {
        stored.appendEvents(event("st-1", 0, "a".repeat(64)), event("st-1", 1, "d".repeat(64)));
        unitOfWork = DefaultUnitOfWork.startAndGet(null);
        UnitOfWorkChain chain = UnitOfWorkChain.current();
        // Sealed by a nested unit of work that was rolled back, while another writer stored its own event 1.
        chain.sealed("st-1", 1, "c".repeat(64));

        drain(storage.readEvents("st-1"));

        assertThat(chain.hashBefore("st-1", 2)).contains("d".repeat(64));
    }

    @Test
    void events_read_outside_a_unit_of_work_come_back_as_stored() {
        stored.appendEvents(event("st-1", 0, "a".repeat(64)));

        DomainEventStream events = storage.readEvents("st-1");

        assertThat(events.next().getMetaData()).containsEntry(TrackerMetaData.HASH, "a".repeat(64));
        assertThat(events.hasNext()).isFalse();
    }

    private static void drain(DomainEventStream events) {
        while (events.hasNext()) {
            events.next();
        }
    }

    private static DomainEventMessage<?> event(String aggregateId, long sequence, String hash) {
        MetaData metaData = hash == null ? MetaData.emptyInstance() : MetaData.with(TrackerMetaData.HASH, hash);
        return new GenericDomainEventMessage<>("Statement", aggregateId, sequence, "payload " + sequence, metaData);
    }
}
