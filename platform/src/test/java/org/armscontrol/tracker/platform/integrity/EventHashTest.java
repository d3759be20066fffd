package org.armscontrol.tracker.platform.integrity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The framing of an event's hash: every field counts, and fields cannot trade bytes. */
class EventHashTest {

    private static final Instant RECORDED_AT = Instant.parse("2026-11-23T10:15:30.123456789Z");

    static EventFields event() {
        return new EventFields(EventHash.GENESIS, "3f6c-event", "Statement", "st-1", 7,
                "org.example.StatementAmended", null, RECORDED_AT, bytes("{\"summary\":\"s\"}"),
                bytes("{\"recordedBy\":\"alice\"}"));
    }

    @Test
    void the_hash_follows_the_documented_framing() {
        // Computed outside Java from the documentation (Python: hashlib.sha256 over 4-byte big-endian lengths, -1 for
        // null, then the bytes): label, previous hash, event id, type, id, "7", payload type, null revision,
        // microseconds since the epoch, payload, canonical metadata.
        assertThat(EventHash.of(event()))
                .isEqualTo("04647391e5bc27966a3d835e36768afa6cd9c04021e36c09c5333d8da17c5896");
    }

    static Stream<Arguments> oneFieldChanged() {
        return Stream.<Arguments>of(
                change("previous hash", e -> with("1".repeat(64), e.eventId(), e.aggregateType(), e.aggregateId(),
                        e.sequenceNumber(), e.payloadType(), e.payloadRevision(), e.recordedAt(), e.payload(),
                        e.metadata())),
                change("event id", e -> with(e.previousHash(), "3f6c-evenT", e.aggregateType(), e.aggregateId(),
                        e.sequenceNumber(), e.payloadType(), e.payloadRevision(), e.recordedAt(), e.payload(),
                        e.metadata())),
                change("aggregate type", e -> with(e.previousHash(), e.eventId(), "Stockpile", e.aggregateId(),
                        e.sequenceNumber(), e.payloadType(), e.payloadRevision(), e.recordedAt(), e.payload(),
                        e.metadata())),
                change("aggregate id", e -> with(e.previousHash(), e.eventId(), e.aggregateType(), "st-2",
                        e.sequenceNumber(), e.payloadType(), e.payloadRevision(), e.recordedAt(), e.payload(),
                        e.metadata())),
                change("sequence number", e -> with(e.previousHash(), e.eventId(), e.aggregateType(),
                        e.aggregateId(), 8, e.payloadType(), e.payloadRevision(), e.recordedAt(), e.payload(),
                        e.metadata())),
                change("payload type", e -> with(e.previousHash(), e.eventId(), e.aggregateType(), e.aggregateId(),
                        e.sequenceNumber(), "org.example.StatementRetracted", e.payloadRevision(), e.recordedAt(),
                        e.payload(), e.metadata())),
                change("payload revision", e -> with(e.previousHash(), e.eventId(), e.aggregateType(),
                        e.aggregateId(), e.sequenceNumber(), e.payloadType(), "2", e.recordedAt(), e.payload(),
                        e.metadata())),
                change("recorded instant, by one microsecond", e -> with(e.previousHash(), e.eventId(),
                        e.aggregateType(), e.aggregateId(), e.sequenceNumber(), e.payloadType(), e.payloadRevision(),
                        e.recordedAt().plusNanos(1_000), e.payload(), e.metadata())),
                change("payload, by one byte", e -> with(e.previousHash(), e.eventId(), e.aggregateType(),
                        e.aggregateId(), e.sequenceNumber(), e.payloadType(), e.payloadRevision(), e.recordedAt(),
                        bytes("{\"summary\":\"t\"}"), e.metadata())),
                change("metadata", e -> with(e.previousHash(), e.eventId(), e.aggregateType(), e.aggregateId(),
                        e.sequenceNumber(), e.payloadType(), e.payloadRevision(), e.recordedAt(), e.payload(),
                        bytes("{\"recordedBy\":\"mallory\"}"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneFieldChanged")
    void changing_any_one_field_changes_the_hash(String field, UnaryOperator<EventFields> change) {
        assertThat(EventHash.of(change.apply(event()))).isNotEqualTo(EventHash.of(event()));
    }

    @Test
    void bytes_cannot_move_from_one_field_to_the_next() {
        EventFields original = event();
        EventFields shifted = with(original.previousHash(), original.eventId(), "Statemen",
                "t" + original.aggregateId(), original.sequenceNumber(), original.payloadType(),
                original.payloadRevision(), original.recordedAt(), original.payload(), original.metadata());
        assertThat(EventHash.of(shifted)).isNotEqualTo(EventHash.of(original));
    }

    @Test
    void an_absent_field_differs_from_an_empty_one() {
        EventFields original = event();
        EventFields emptyRevision = with(original.previousHash(), original.eventId(),
                original.aggregateType(), original.aggregateId(), original.sequenceNumber(), original.payloadType(),
                "", original.recordedAt(), original.payload(), original.metadata());
        assertThat(EventHash.of(emptyRevision)).isNotEqualTo(EventHash.of(original));
    }

    @Test
    void digits_below_a_microsecond_do_not_count_since_timestamptz_does_not_keep_them() {
        EventFields original = event();
        EventFields truncated = with(original.previousHash(), original.eventId(), original.aggregateType(),
                original.aggregateId(), original.sequenceNumber(), original.payloadType(), original.payloadRevision(),
                Instant.parse("2026-11-23T10:15:30.123456Z"), original.payload(), original.metadata());
        assertThat(EventHash.of(truncated)).isEqualTo(EventHash.of(original));
    }

    @Test
    void the_hash_is_64_lower_case_hex_digits_and_the_genesis_value_64_zeros() {
        assertThat(EventHash.of(event())).matches("[0-9a-f]{64}");
        assertThat(EventHash.GENESIS).matches("0{64}");
    }

    private static Arguments change(String field, UnaryOperator<EventFields> change) {
        return Arguments.of(field, change);
    }

    private static EventFields with(String previousHash, String eventId, String aggregateType, String aggregateId,
                                    long sequenceNumber, String payloadType, String payloadRevision,
                                    Instant recordedAt, byte[] payload, byte[] metadata) {
        return new EventFields(previousHash, eventId, aggregateType, aggregateId, sequenceNumber, payloadType,
                payloadRevision, recordedAt, payload, metadata);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
