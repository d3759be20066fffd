package org.armscontrol.tracker.query.catalogue;

import org.armscontrol.tracker.platform.catalogue.InstrumentRegistryTable;
import org.armscontrol.tracker.query.config.QuerySideConfiguration;
import org.armscontrol.tracker.shared.instrument.InstrumentAmended;
import org.armscontrol.tracker.shared.instrument.InstrumentRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps {@code instrument_definitions} and, from it, the catalogue the reads consult, for a query side that runs
 * apart from the command side (in one process the command side's subscribing handler has already registered the
 * instrument, and an older version arriving later changes nothing). Upserts by id and version, so a replay
 * leaves the rows as they are.
 * <p>
 * On a query side of its own, a segment may meet a treaty action on a new instrument before the segment that
 * carries its registration: the action's handling fails, is not skipped, and succeeds on the retry once the
 * registration is handled.
 */
@Component
@ProcessingGroup(QuerySideConfiguration.READ_MODELS)
class InstrumentDefinitionProjection {

    private final InstrumentRegistryTable table;

    InstrumentDefinitionProjection(InstrumentRegistryTable readModelInstruments) {
        this.table = readModelInstruments;
    }

    @EventHandler
    void on(InstrumentRegistered event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        table.keep(event.definition(), version, recordedAt);
    }

    @EventHandler
    void on(InstrumentAmended event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        table.keep(event.definition(), version, recordedAt);
    }
}
