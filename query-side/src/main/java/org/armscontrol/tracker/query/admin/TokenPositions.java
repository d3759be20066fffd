package org.armscontrol.tracker.query.admin;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

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

    private SegmentPosition position(int segment, String owner, byte[] token, String tokenType) {
        if (token == null || tokenType == null) {
            return new SegmentPosition(segment, owner, 0, null, false);
        }
        TrackingToken tracking = serializer.deserialize(
                new SimpleSerializedObject<>(token, byte[].class, new SimpleSerializedType(tokenType, null)));
        if (tracking instanceof ReplayToken replay) {
            long position = replay.getCurrentToken() == null ? 0
                    : replay.getCurrentToken().position().orElse(0);
            return new SegmentPosition(segment, owner, position,
                    replay.getTokenAtReset().position().orElse(0), true);
        }
        return new SegmentPosition(segment, owner, tracking.position().orElse(0), null, false);
    }
}
