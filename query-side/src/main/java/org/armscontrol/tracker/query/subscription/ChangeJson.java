package org.armscontrol.tracker.query.subscription;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Writes a change as the JSON text subscribers receive, once per change whatever the number of subscribers, with the
 * API's Jackson settings (instants and dates as ISO-8601 strings).
 */
@Component
public class ChangeJson {

    private final ObjectMapper mapper;

    ChangeJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Change change) {
        try {
            return mapper.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a change could not be written as JSON", e);
        }
    }
}
