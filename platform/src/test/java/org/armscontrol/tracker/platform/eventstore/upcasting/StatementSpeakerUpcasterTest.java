package org.armscontrol.tracker.platform.eventstore.upcasting;

import org.armscontrol.tracker.platform.eventstore.StoredMessageJson;
import org.armscontrol.tracker.shared.statement.Speaker;
import org.armscontrol.tracker.shared.statement.StatementAmended;
import org.armscontrol.tracker.shared.statement.StatementRecorded;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Statements stored at revision 1 (speaker as one string) are read at revision 2 (speaker with name and role). */
class StatementSpeakerUpcasterTest {

    private static final Serializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(StoredMessageJson.objectMapper()).build();
    private static final String CONTENT = """
            {"date": {"date": "2008-10-29", "precision": "DAY"}, "forum": "SCAF interview", "location": "Minsk",
             "speaker": "%s", "instruments": ["CCM"], "stance": "UNCLEAR", "summary": "Shares the concerns.",
             "quote": null, "source": {"citation": "CMC report", "url": null}}""";

    @Test
    void a_revision_1_speaker_becomes_the_name_of_a_speaker_without_role() {
        String payload = """
                {"statementId": "7c153a92-3901-4f46-8ff6-ba56ff68ecd6", "country": "BLR", "content": %s,
                 "recordedBy": "demo-loader"}""".formatted(CONTENT.formatted("Ivan Grinevich, Counselor"));

        StatementRecorded recorded = read(StatementRecorded.class, "1", payload);

        assertThat(recorded.content().speaker()).isEqualTo(new Speaker("Ivan Grinevich, Counselor", null));
        assertThat(recorded.content().summary()).isEqualTo("Shares the concerns.");
    }

    @Test
    void amendments_are_upcast_too_and_a_missing_speaker_stays_missing() {
        String payload = """
                {"statementId": "7c153a92-3901-4f46-8ff6-ba56ff68ecd6", "country": "BLR",
                 "content": %s, "changedFields": ["speaker"], "reason": "Name from the record",
                 "recordedBy": "alice"}""".formatted(CONTENT.replace("\"%s\"", "null"));

        StatementAmended amended = read(StatementAmended.class, "1", payload);

        assertThat(amended.content().speaker()).isNull();
        assertThat(amended.reason().text()).isEqualTo("Name from the record");
    }

    @Test
    void revision_2_is_read_as_it_is() {
        String payload = """
                {"statementId": "7c153a92-3901-4f46-8ff6-ba56ff68ecd6", "country": "BLR", "content": %s,
                 "recordedBy": "alice"}""".formatted(CONTENT.replace("\"%s\"",
                "{\"name\": \"Ivan Grinevich\", \"role\": \"Counselor\"}"));

        assertThat(read(StatementRecorded.class, "2", payload).content().speaker())
                .isEqualTo(new Speaker("Ivan Grinevich", "Counselor"));
    }

    private static <T> T read(Class<T> type, String revision, String payload) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Statement",
                "7c153a92-3901-4f46-8ff6-ba56ff68ecd6", 0, "event-1", java.time.Instant.parse("2026-11-01T10:00:00Z"),
                type.getName(), revision, payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        DomainEventStream events = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), SERIALIZER,
                new EventUpcasterChain(new StatementSpeakerUpcaster()));
        DomainEventMessage<?> event = events.next();
        return type.cast(event.getPayload());
    }
}
