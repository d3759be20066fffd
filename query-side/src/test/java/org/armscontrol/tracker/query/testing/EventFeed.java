package org.armscontrol.tracker.query.testing;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Feeds events to a projection as the event processor would: as domain event messages of an aggregate, with
 * consecutive sequence numbers per aggregate and a recorded instant.
 */
public final class EventFeed {

    private final AnnotationEventHandlerAdapter handler;
    private final Map<String, Long> nextSequence = new HashMap<>();
    private Instant clock = Instant.parse("2026-11-23T09:00:00Z");
    private List<EventMessage<?>> batch;

    public EventFeed(Object projection) {
        this.handler = new AnnotationEventHandlerAdapter(projection);
    }

    /** Records {@code event} as the next event of {@code aggregateId}, one minute after the previous one. */
    public GenericDomainEventMessage<Object> record(String aggregateId, Object event) {
        long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
        clock = clock.plusSeconds(60);
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>(
                "Aggregate", aggregateId, sequence, event, MetaData.emptyInstance(), UUID.randomUUID().toString(),
                clock);
        deliver(message);
        return message;
    }

    /**
     * From now until {@link #endBatch()}, events are collected and then delivered as the event processor delivers a
     * batch: all in one unit of work, whose writes are sent when it commits.
     */
    public void beginBatch() {
        batch = new ArrayList<>();
    }

    public void endBatch() {
        List<EventMessage<?>> messages = batch;
        batch = null;
        new BatchingUnitOfWork<>(messages).executeWithResult(() -> {
            handler.handle((EventMessage<?>) CurrentUnitOfWork.get().getMessage());
            return null;
        });
    }

    /** Delivers a message (again): a projection must not count it twice. */
    public void deliver(GenericDomainEventMessage<?> message) {
        if (batch != null) {
            batch.add(message);
            return;
        }
        try {
            handler.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("the projection failed on " + message.getPayloadType().getSimpleName(), e);
        }
    }

    public void reset() {
        handler.prepareReset();
    }

    public Instant lastRecordedAt() {
        return clock;
    }
}
