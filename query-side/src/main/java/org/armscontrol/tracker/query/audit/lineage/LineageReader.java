package org.armscontrol.tracker.query.audit.lineage;

import org.armscontrol.tracker.query.support.JsonColumns;
import org.armscontrol.tracker.shared.TrackerMetaData;
import org.armscontrol.tracker.shared.value.Source;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lineage of a record, read from its event stream in the event store: each event folded into the record's
 * state, and each state compared with the one before.
 */
@Component
public class LineageReader {

    private final EventStore eventStore;
    private final Map<String, RecordState> states;

    LineageReader(EventStore eventStore, List<RecordState> states) {
        this.eventStore = eventStore;
        this.states = states.stream().collect(Collectors.toMap(RecordState::recordType, Function.identity()));
    }

    public Optional<RecordLineage> lineageOf(String recordId) {
        DomainEventStream stream = eventStore.readEvents(recordId);
        List<LineageVersion> versions = new ArrayList<>();
        Map<String, Object> state = Map.of();
        String recordType = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            recordType = event.getType();
            RecordState fold = states.get(recordType);
            Map<String, Object> next = fold == null ? JsonColumns.toMap(event.getPayload())
                    : fold.apply(state, event.getPayload(), event.getSequenceNumber());
            versions.add(version(event, FieldDiff.between(state, next)));
            state = next;
        }
        return versions.isEmpty() ? Optional.empty() : Optional.of(new RecordLineage(recordId, recordType, versions));
    }

    private static LineageVersion version(DomainEventMessage<?> event, List<FieldChange> changes) {
        Map<String, Object> payload = JsonColumns.toMap(event.getPayload());
        return new LineageVersion(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                event.getTimestamp(), (String) event.getMetaData().get(TrackerMetaData.RECORDED_BY),
                (String) payload.get("reason"), source(payload),
                (String) event.getMetaData().get(TrackerMetaData.CORRELATION_ID), changes);
    }

    /** The event's own source: that of a change, of a statement's content, or of a declaration. */
    @SuppressWarnings("unchecked")
    private static Source source(Map<String, Object> payload) {
        for (Map<String, Object> holder : List.of(payload, nested(payload, "content"), nested(payload, "declaration"))) {
            if (holder.get("source") instanceof Map<?, ?> source && source.get("citation") != null) {
                Map<String, Object> values = (Map<String, Object>) source;
                return new Source((String) values.get("citation"), (String) values.get("url"));
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> payload, String key) {
        return payload.get(key) instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
    }
}
