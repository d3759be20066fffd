package org.armscontrol.tracker.shared.instrument;

import org.armscontrol.tracker.shared.catalogue.InstrumentDefinition;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.axonframework.serialization.Revision;

/**
 * An admin registered an instrument. The id is a plain string: the event is what makes the id known, so reading it
 * must not require the id to be known already.
 *
 * @param reason why, or null
 */
@Revision("1")
public record InstrumentRegistered(String instrumentId, InstrumentDefinition definition, Reason reason,
                                   Source source, Recorder recordedBy) {
}
