package org.armscontrol.tracker.platform.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;

/**
 * The JSON shape of stored events, snapshots and tokens. Kept apart from the HTTP layer's ObjectMapper: what is
 * in the event store must stay readable whatever the API does, so it is configured once, here.
 */
public final class StoredMessageJson {

    private StoredMessageJson() {
    }

    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(new ParameterNamesModule())
                // ISO dates ("2008-09-29"), readable in psql and stable across versions.
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Deterministic output: the same event always serializes to the same bytes.
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                // An older reader ignores fields that a newer writer added (upcasters handle the rest).
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
