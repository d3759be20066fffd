package org.armscontrol.tracker.platform.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.armscontrol.tracker.shared.statement.StatementAmended;
import org.armscontrol.tracker.shared.statement.StatementRecorded;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Set;

/**
 * Revision 1 of {@code StatementRecorded} and {@code StatementAmended} stored the speaker as one string
 * ({@code "content": {"speaker": "Ivan Grinevich, Counselor"}}); revision 2 stores
 * {@code {"name": ..., "role": ...}}. Old events are read as revision 2 with the string as the name and no role:
 * nothing is guessed, and nothing in the event store is rewritten.
 */
public class StatementSpeakerUpcaster extends SingleEventUpcaster {

    private static final Set<String> TYPES = Set.of(StatementRecorded.class.getName(),
            StatementAmended.class.getName());
    private static final String OLD = "1";
    private static final String NEW = "2";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPES.contains(representation.getType().getName())
                && (representation.getType().getRevision() == null
                || OLD.equals(representation.getType().getRevision()));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(representation.getType().getName(), NEW),
                JsonNode.class, StatementSpeakerUpcaster::structureSpeaker);
    }

    static JsonNode structureSpeaker(JsonNode payload) {
        if (payload.get("content") instanceof ObjectNode content && content.get("speaker") != null
                && content.get("speaker").isTextual()) {
            ObjectNode speaker = JsonNodeFactory.instance.objectNode();
            speaker.put("name", content.get("speaker").asText());
            speaker.putNull("role");
            content.set("speaker", speaker);
        }
        return payload;
    }
}
