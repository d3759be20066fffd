package org.armscontrol.tracker.platform.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.armscontrol.tracker.platform.eventstore.StoredMessageJson;
import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;
import org.armscontrol.tracker.shared.catalogue.InstrumentDefinition;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A side's table of the instruments registered or amended at run time ({@code <schema>.instrument_definitions}),
 * kept by that side's event handler, and what feeds {@link InstrumentCatalogue#register} from it: each event once
 * its transaction commits, every row at start-up (before any event processor or command runs).
 * <p>
 * The command side checks new commands against the latest definition only ({@link #latestOnly}); the query side
 * keeps every version with the instant it was recorded ({@link #everyVersion}), so that a read as known at an
 * instant derives entry into force from the clauses then defined.
 */
public class InstrumentRegistryTable {

    private static final Logger log = LoggerFactory.getLogger(InstrumentRegistryTable.class);

    private final JdbcTemplate jdbc;
    private final String table;
    private final String upsert;
    private final ObjectMapper json = StoredMessageJson.objectMapper();

    private InstrumentRegistryTable(JdbcTemplate jdbc, String schema, String onConflict) {
        this.jdbc = jdbc;
        this.table = schema + ".instrument_definitions";
        this.upsert = "INSERT INTO " + table + " AS kept (instrument_id, version, definition, updated_at) "
                + "VALUES (?, ?, ?, ?) " + onConflict;
    }

    /** One row per instrument, its latest definition (the table's key is the instrument id). */
    public static InstrumentRegistryTable latestOnly(JdbcTemplate jdbc, String schema) {
        return new InstrumentRegistryTable(jdbc, schema, "ON CONFLICT (instrument_id) DO UPDATE SET "
                + "version = EXCLUDED.version, definition = EXCLUDED.definition, updated_at = EXCLUDED.updated_at "
                + "WHERE kept.version < EXCLUDED.version");
    }

    /** One row per version of each instrument (the table's key is the instrument id and the version). */
    public static InstrumentRegistryTable everyVersion(JdbcTemplate jdbc, String schema) {
        return new InstrumentRegistryTable(jdbc, schema, "ON CONFLICT (instrument_id, version) DO NOTHING");
    }

    /**
     * Keeps {@code definition}, of the event {@code version} (its sequence number) of the instrument's record, in
     * the transaction of the handler that calls this, unless a later version is kept; registers it once that
     * transaction commits: a rolled-back event leaves no instrument behind.
     */
    public void keep(InstrumentDefinition definition, long version, Instant recordedAt) {
        jdbc.update(upsert, definition.id(), version, write(definition), Timestamp.from(recordedAt));
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(
                    unitOfWork -> InstrumentCatalogue.register(definition, version, recordedAt));
        } else {
            InstrumentCatalogue.register(definition, version, recordedAt);
        }
    }

    private record Kept(InstrumentDefinition definition, long version, Instant recordedAt) {
    }

    /** Registers every instrument of the table; returns how many. */
    public int load() {
        List<Kept> pending = new ArrayList<>(jdbc.query("SELECT definition, version, updated_at FROM " + table
                + " ORDER BY position", (rs, row) -> new Kept(read(rs.getString(1)), rs.getLong(2),
                rs.getTimestamp(3).toInstant())));
        int loaded = 0;
        // In order of first registration a parent comes first, unless an amendment gave a later one: retry those.
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var iterator = pending.iterator(); iterator.hasNext(); ) {
                Kept kept = iterator.next();
                try {
                    InstrumentCatalogue.register(kept.definition(), kept.version(), kept.recordedAt());
                    iterator.remove();
                    loaded++;
                    progress = true;
                } catch (IllegalArgumentException parentNotYetKnown) {
                    // next pass
                }
            }
        }
        pending.forEach(kept -> log.error("Instrument {} in {} names an unknown parent {}; not registered",
                kept.definition().id(), table, kept.definition().parent()));
        return loaded;
    }

    private String write(InstrumentDefinition definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the definition of " + definition.id(), e);
        }
    }

    private InstrumentDefinition read(String text) {
        try {
            return json.readValue(text, InstrumentDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read an instrument definition of " + table, e);
        }
    }
}
