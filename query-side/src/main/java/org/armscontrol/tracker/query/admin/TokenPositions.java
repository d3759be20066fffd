package org.armscontrol.tracker.query.admin;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads the processors' tokens straight from the token table, without claiming them, so that every instance sees
 * the positions of all segments, whichever instance processes them.
 */
@Component
class TokenPositions {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    TokenPositions(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    List<SegmentPosition> of(String processor) {
        return jdbc.query("""
                        SELECT segment, owner, token, token_type FROM read_model.token_entry
                         WHERE processor_name = ? ORDER BY segment""",
                (rs, row) -> position(rs.getInt("segment"), rs.getString("owner"), rs.getBytes("token"),
                        rs.getString("token_type")),
                processor);
    }

    /** Whether a segment of {@code processor} holds a replay token (a rebuild runs, or has just caught up). */
    boolean anyReplayToken(String processor) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM read_model.token_entry WHERE processor_name = ? AND token_type = ?)""",
                Boolean.class, processor, ReplayToken.class.getName()));
    }

    long headIndex() {
        Long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM event_store.events", Long.class);
        return head == null ? 0 : head;
    }

    /**
     * Whether every segment of {@code processor} has handled every committed event recorded at or before
     * {@code instant}: none lies past the lowest segment's position, nor in a gap a segment is still waiting for.
     * (An event still uncommitted is not seen here; the caller leaves time for those.)
     */
    boolean handledEverythingRecordedBy(String processor, Instant instant) {
        List<TrackingToken> tracking = jdbc.query("""
                        SELECT token, token_type FROM read_model.token_entry WHERE processor_name = ?""",
                (rs, row) -> token(rs.getBytes("token"), rs.getString("token_type")), processor);
        if (tracking.isEmpty() || tracking.contains(null)) {
            return false;
        }
        long position = Long.MAX_VALUE;
        SortedSet<Long> gaps = new TreeSet<>();
        for (TrackingToken token : tracking) {
            TrackingToken current = token instanceof ReplayToken replay ? replay.getCurrentToken() : token;
            if (current == null) {
                return false;
            }
            position = Math.min(position, current.position().orElse(0));
            if (current instanceof GapAwareTrackingToken gapAware) {
                gaps.addAll(gapAware.getGaps());
            }
        }
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                        SELECT NOT EXISTS (SELECT 1 FROM event_store.events WHERE recorded_at <= ?
                                              AND (global_index > ? OR global_index = ANY (?::bigint[])))""",
                Boolean.class, Timestamp.from(instant), position,
                gaps.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"))));
    }

    private TrackingToken token(byte[] token, String tokenType) {
        return token == null || tokenType == null ? null : serializer.deserialize(
                new SimpleSerializedObject<>(token, byte[].class, new SimpleSerializedType(tokenType, null)));
    }

    private SegmentPosition position(int segment, String owner, byte[] token, String tokenType) {
        if (token == null || tokenType == null) {
            return new SegmentPosition(segment, owner, 0, null, false);
        }
        TrackingToken tracking = token(token, tokenType);
        if (tracking instanceof ReplayToken replay) {
            long position = replay.getCurrentToken() == null ? 0
                    : replay.getCurrentToken().position().orElse(0);
            return new SegmentPosition(segment, owner, position,
                    replay.getTokenAtReset().position().orElse(0), true);
        }
        return new SegmentPosition(segment, owner, tracking.position().orElse(0), null, false);
    }
}
