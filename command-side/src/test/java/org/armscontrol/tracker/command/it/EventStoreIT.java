package org.armscontrol.tracker.command.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.armscontrol.tracker.platform.eventstore.StoredMessageJson;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event store as PostgreSQL sees it: readable JSON, and no changing what was appended. */
class EventStoreIT extends CommandSideIntegrationTest {

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void events_are_serialized_with_the_stored_message_mapper_not_the_http_one() {
        assertThat(eventSerializer).isInstanceOf(JacksonSerializer.class);
        ObjectMapper mapper = ((JacksonSerializer) eventSerializer).getObjectMapper();
        assertThat(mapper).isNotSameAs(context.getBean(ObjectMapper.class));
        assertThat(mapper.getDeserializationConfig()
                .isEnabled(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .as("stored events stay readable when a later version adds nothing the reader knows")
                .isEqualTo(StoredMessageJson.objectMapper().getDeserializationConfig()
                        .isEnabled(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }

    private String recordOne() {
        String country = freshCountry();
        asAlice().body("""
                {"country": "%s", "instrument": "HCOC", "action": "ADHERED", "date": "2002-11-25",
                 "source": {"citation": "Ministry of Foreign Affairs"}}""".formatted(country))
                .post("/api/treaty-actions").then().statusCode(201);
        return country + ":HCOC";
    }

    @Test
    void payloads_are_json_readable_with_plain_sql() {
        String id = recordOne();
        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::jsonb->>'country' FROM event_store.events "
                + "WHERE aggregate_id = ?", String.class, id)).isEqualTo(id.substring(0, 3));
        assertThat(jdbc.queryForObject("SELECT metadata->>'recordedBy' FROM event_store.event_log WHERE aggregate_id = ?",
                String.class, id)).isEqualTo("alice");
        assertThat(jdbc.queryForObject("SELECT recorded_at > now() - interval '1 minute' FROM event_store.events "
                + "WHERE aggregate_id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void appended_events_cannot_be_updated_or_deleted() {
        String id = recordOne();
        assertThatThrownBy(() -> jdbc.update("UPDATE event_store.events SET payload_revision = 'x' WHERE aggregate_id = ?", id))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM event_store.events WHERE aggregate_id = ?", id))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThat(eventCount(id)).isEqualTo(1);
    }
}
