package org.armscontrol.tracker.query.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.Map;

/**
 * Writes values into {@code jsonb} columns and reads them back as plain maps. Its own mapper, independent of the
 * HTTP API's settings, so that what is stored never changes with them.
 */
public final class JsonColumns {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** A value (a record of the domain) as a tree of plain maps, lists and scalars, as it is stored in JSON. */
    public static Map<String, Object> toMap(Object value) {
        return MAPPER.convertValue(value, MAP);
    }

    public static Map<String, Object> read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a read model holds invalid JSON", e);
        }
    }
}
