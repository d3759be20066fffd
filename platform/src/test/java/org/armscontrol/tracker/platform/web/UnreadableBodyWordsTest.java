package org.armscontrol.tracker.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** How a value of the wrong kind is said: the field, what it takes, and what was sent, without Java's words. */
class UnreadableBodyWordsTest {

    record Body(Long quantity, Optional<Long> revised, int count, String text) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module().configureReadAbsentAsNull(true));

    static {
        for (LogicalType type : java.util.List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            MAPPER.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        MAPPER.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    }

    private static String detail(String json) {
        try {
            MAPPER.readValue(json, Body.class);
        } catch (Exception e) {
            return ApiProblemHandler.unreadable(new HttpMessageNotReadableException("unreadable", e,
                    new MockHttpInputMessage(new byte[0]))).getDetail();
        }
        throw new AssertionError("read " + json);
    }

    @Test
    void a_word_for_a_whole_number_is_echoed_with_what_the_field_takes() {
        assertThat(detail("{\"quantity\": \"unknown\"}"))
                .isEqualTo("quantity must be a whole number, or left out when not known; 'unknown' is not one");
        assertThat(detail("{\"revised\": \"unknown\"}"))
                .isEqualTo("revised must be a whole number, or left out when not known; 'unknown' is not one");
        assertThat(detail("{\"quantity\": 12.5}"))
                .isEqualTo("quantity must be a whole number, or left out when not known; 12.5 is not one");
        assertThat(detail("{\"count\": \"3\"}")).isEqualTo("count must be a whole number; '3' is not one");
        assertThat(detail("{\"text\": {\"a\": 1}}")).isEqualTo("text must be a string; the value sent is not one");
    }
}
