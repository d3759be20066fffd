package org.armscontrol.tracker.platform.integrity;

import org.armscontrol.tracker.platform.eventstore.EventStoreAutoConfiguration;
import org.armscontrol.tracker.shared.TrackerMetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;

/**
 * Reads the hash of an event already in the event store: the link an event being appended chains to. It runs in the
 * transaction of the append (Spring binds its connection), and uses the unique index on (aggregate_id,
 * sequence_number).
 */
class StoredHashes implements HashLookup {

    private static final Logger log = LoggerFactory.getLogger(StoredHashes.class);
    private static final String HASH_AT = "SELECT convert_from(metadata, 'UTF8')::jsonb ->> '" + TrackerMetaData.HASH
            + "' FROM " + EventStoreAutoConfiguration.SCHEMA + ".events WHERE aggregate_id = ? AND sequence_number = ?";

    private final JdbcTemplate jdbc;

    StoredHashes(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * The hash of event {@code sequenceNumber} of the stream. An event stored before events carried hashes links as
     * the first of a stream would ({@link EventHash#GENESIS}); verification reports that older event anyway.
     *
     * @throws IllegalStateException when the event is not in the store: its successor would start a broken chain
     */
    @Override
    public String hashAt(String aggregateId, long sequenceNumber) {
        List<String> hashes = jdbc.query(HASH_AT, (row, index) -> row.getString(1), aggregateId, sequenceNumber);
        if (hashes.isEmpty()) {
            throw new IllegalStateException("Event " + sequenceNumber + " of " + aggregateId + " is not in the event "
                    + "store, so the event after it cannot be chained to it; refusing to append");
        }
        if (hashes.get(0) == null) {
            log.warn("Event {} of {} has no hash (stored before events were chained); its successor links to the "
                    + "genesis value and verification will report the older event", sequenceNumber, aggregateId);
            return EventHash.GENESIS;
        }
        return hashes.get(0);
    }
}
