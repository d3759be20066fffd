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
        EventSource source = source(payload);
        return new LineageVersion(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                event.getTimestamp(), (String) event.getMetaData().get(TrackerMetaData.RECORDED_BY),
                (String) payload.get("reason"), source.source(), source.own(),
                (String) event.getMetaData().get(TrackerMetaData.CORRELATION_ID), changes);
    }

    /** The source an event shows, and whether the event gave it (see {@link LineageVersion#ownSource()}). */
    private record EventSource(Source source, boolean own) {
    }

    /**
     * The event's source: that of a change, of a statement's content, or of a declaration. An amendment or a
     * revision carries the whole content, source included, so its source is its own only where it changed it.
     */
    private static EventSource source(Map<String, Object> payload) {
        Source given = citedIn(payload);
        if (given != null) {
            return new EventSource(given, true);
        }
        for (String whole : List.of("content", "declaration")) {
            Source source = citedIn(nested(payload, whole));
            if (source != null) {
                boolean own = !(payload.get("changedFields") instanceof List<?> changed) || changed.contains("source");
                return new EventSource(source, own);
            }
        }
        return new EventSource(null, false);
    }

    @SuppressWarnings("unchecked")
    private static Source citedIn(Map<String, Object> holder) {
        if (holder.get("source") instanceof Map<?, ?> source && source.get("citation") != null) {
            Map<String, Object> values = (Map<String, Object>) source;
            return new Source((String) values.get("citation"), (String) values.get("url"));
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> payload, String key) {
        return payload.get(key) instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
    }
}
