package org.armscontrol.tracker.command.catalogue;

import org.armscontrol.tracker.platform.catalogue.InstrumentRegistryTable;
import org.armscontrol.tracker.shared.instrument.InstrumentAmended;
import org.armscontrol.tracker.shared.instrument.InstrumentRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Feeds the catalogue from the instruments' events as they are written. Its processor is subscribing (see
 * {@link InstrumentRegistryConfiguration}), so the table row commits with the event and the catalogue knows the
 * instrument as soon as the write answers: the next command may act on it.
 */
@Component
@ProcessingGroup(InstrumentRegistryConfiguration.PROCESSING_GROUP)
class InstrumentRegistryFeed {

    private final InstrumentRegistryTable table;

    InstrumentRegistryFeed(InstrumentRegistryTable commandSideInstruments) {
        this.table = commandSideInstruments;
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
