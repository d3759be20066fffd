package org.armscontrol.tracker.platform.integrity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Walking the log: intact chains pass, and each kind of tampering is named at the right event. */
class ChainWalkerTest {

    private static final byte[] METADATA = "{\"recordedBy\":\"alice\"}".getBytes(StandardCharsets.UTF_8);
    private long nextGlobalIndex = 1;

    @Test
    void intact_streams_pass_and_are_counted() {
        List<StoredEvent> log = new ArrayList<>(stream("a", 3));
        log.addAll(stream("b", 2));
        ChainWalker walker = new ChainWalker();
        assertThat(log).allSatisfy(event -> assertThat(walker.check(event)).isEmpty());
        assertThat(walker.intactEvents()).isEqualTo(5);
        assertThat(walker.streams()).isEqualTo(2);
    }

    @Test
    void an_edited_payload_is_a_hash_mismatch_at_that_event() {
        List<StoredEvent> log = stream("a", 3);
        StoredEvent edited = log.get(1);
        log.set(1, new StoredEvent(edited.globalIndex(), edited.eventId(), edited.aggregateType(),
                edited.aggregateId(), edited.sequenceNumber(), edited.recordedAt(), edited.payloadType(),
                edited.payloadRevision(), "{\"n\":99}".getBytes(StandardCharsets.UTF_8), edited.metadata()));

        IntegrityBreak found = firstBreak(log);

        assertThat(found.problem()).isEqualTo(IntegrityProblem.HASH_MISMATCH);
        assertThat(found.aggregateId()).isEqualTo("a");
        assertThat(found.sequenceNumber()).isEqualTo(1);
        assertThat(found.globalIndex()).isEqualTo(edited.globalIndex());
    }

    @Test
    void an_edited_column_or_a_stripped_hash_is_a_hash_mismatch_too() {
        List<StoredEvent> log = stream("a", 2);
        StoredEvent event = log.get(0);
        log.set(0, new StoredEvent(event.globalIndex(), event.eventId(), event.aggregateType(), event.aggregateId(),
                event.sequenceNumber(), event.recordedAt().plusSeconds(86_400), event.payloadType(),
                event.payloadRevision(), event.payload(), event.metadata()));
        assertThat(firstBreak(log).problem()).isEqualTo(IntegrityProblem.HASH_MISMATCH);

        List<StoredEvent> stripped = stream("b", 1);
        StoredEvent bare = stripped.get(0);
        stripped.set(0, new StoredEvent(bare.globalIndex(), bare.eventId(), bare.aggregateType(), bare.aggregateId(),
                0, bare.recordedAt(), bare.payloadType(), bare.payloadRevision(), bare.payload(), METADATA));
        assertThat(firstBreak(stripped).detail()).contains("carries no hash");
    }

    @Test
    void a_deleted_middle_event_is_a_sequence_gap_naming_the_missing_event() {
        List<StoredEvent> log = stream("a", 4);
        StoredEvent after = log.get(2);
        log.remove(1);

        IntegrityBreak found = firstBreak(log);

        assertThat(found.problem()).isEqualTo(IntegrityProblem.SEQUENCE_GAP);
        assertThat(found.sequenceNumber()).isEqualTo(1);
        assertThat(found.globalIndex()).isNull();
        assertThat(found.detail()).contains("Event 1 of a is missing", "global index " + after.globalIndex());
    }

    @Test
    void a_stream_whose_first_events_were_deleted_is_a_gap_from_zero() {
        List<StoredEvent> log = stream("a", 3).subList(2, 3);
        IntegrityBreak found = firstBreak(log);
        assertThat(found.problem()).isEqualTo(IntegrityProblem.SEQUENCE_GAP);
        assertThat(found.sequenceNumber()).isZero();
        assertThat(found.detail()).contains("Events 0 to 1 of a are missing");
    }

    @Test
    void an_event_replaced_by_a_self_consistent_forgery_breaks_the_chain() {
        List<StoredEvent> log = stream("a", 3);
        // The forger recomputes the hash of the event, but cannot know what the original linked from.
        log.set(1, sealed("a", 1, "f".repeat(64), "{\"n\":1,\"forged\":true}"));
        IntegrityBreak found = firstBreak(log);
        assertThat(found.problem()).isEqualTo(IntegrityProblem.CHAIN_BROKEN);
        assertThat(found.sequenceNumber()).isEqualTo(1);
    }

    @Test
    void the_intact_count_stops_at_the_break() {
        List<StoredEvent> log = new ArrayList<>(stream("a", 2));
        List<StoredEvent> b = stream("b", 3);
        b.remove(2);
        b.add(sealed("b", 2, "e".repeat(64), "{}"));
        log.addAll(b);
        ChainWalker walker = new ChainWalker();
        Optional<IntegrityBreak> found = log.stream().map(walker::check).flatMap(Optional::stream).findFirst();
        assertThat(found).isPresent();
        assertThat(walker.intactEvents()).isEqualTo(4);
    }

    private static IntegrityBreak firstBreak(List<StoredEvent> log) {
        ChainWalker walker = new ChainWalker();
        return log.stream().map(walker::check).flatMap(Optional::stream).findFirst().orElseThrow();
    }

    /** A stream of {@code count} events, each sealed to the one before. */
    private List<StoredEvent> stream(String aggregateId, int count) {
        List<StoredEvent> events = new ArrayList<>();
        String previous = EventHash.GENESIS;
        for (int sequence = 0; sequence < count; sequence++) {
            StoredEvent event = sealed(aggregateId, sequence, previous, "{\"n\":" + sequence + "}");
            events.add(event);
            previous = CanonicalMetadata.fromJson(event.metadata()).hash();
        }
        return events;
    }

    private StoredEvent sealed(String aggregateId, long sequence, String previousHash, String payload) {
        long globalIndex = nextGlobalIndex++;
        String eventId = aggregateId + "-" + sequence + "-" + globalIndex;
        Instant recordedAt = Instant.parse("2026-11-23T10:15:30.123456Z").plusSeconds(globalIndex);
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        String hash = EventHash.of(new EventFields(previousHash, eventId, "Statement", aggregateId, sequence,
                "org.example.Event", null, recordedAt, payloadBytes, CanonicalMetadata.fromJson(METADATA).bytes()));
        byte[] metadata = ("{\"hash\":\"" + hash + "\",\"previousHash\":\"" + previousHash
                + "\",\"recordedBy\":\"alice\"}").getBytes(StandardCharsets.UTF_8);
        return new StoredEvent(globalIndex, eventId, "Statement", aggregateId, sequence, recordedAt,
                "org.example.Event", null, payloadBytes, metadata);
    }
}
