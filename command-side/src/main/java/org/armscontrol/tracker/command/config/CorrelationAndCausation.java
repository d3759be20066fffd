package org.armscontrol.tracker.command.config;

import org.armscontrol.tracker.shared.TrackerMetaData;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.Map;

/**
 * Puts on every event the request's correlation id, unchanged along the chain of messages, and the id of the
 * message that caused it. (Axon's default provider names the parent message "correlationId"; auditors expect
 * correlation to mean the whole request and causation the direct cause, so both are spelled out here.)
 */
public class CorrelationAndCausation implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Object correlationId = message.getMetaData().getOrDefault(TrackerMetaData.CORRELATION_ID, message.getIdentifier());
        return Map.of(TrackerMetaData.CORRELATION_ID, correlationId,
                TrackerMetaData.CAUSATION_ID, message.getIdentifier());
    }
}
