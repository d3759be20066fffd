package org.armscontrol.tracker.shared.statement;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.Recorder;
import org.axonframework.serialization.Revision;

/** A statement was recorded; {@code content} is its first version. */
// Revision 2: the speaker became {name, role} (StatementSpeakerUpcaster reads revision 1).
@Revision("2")
public record StatementRecorded(StatementId statementId, CountryCode country, StatementContent content,
                                Recorder recordedBy) {
}
