package org.armscontrol.tracker.shared.instrument;

import org.armscontrol.tracker.shared.catalogue.InstrumentDefinition;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * An instrument's definition was amended. {@code definition} is the whole new version, so that each version reads
 * from its own event; {@code changedFields} names what differs from the previous one ({@code clauses.suspension}).
 */
@Revision("1")
public record InstrumentAmended(String instrumentId, InstrumentDefinition definition, List<String> changedFields,
                                Reason reason, Source source, Recorder recordedBy) {
}
