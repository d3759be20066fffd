package org.armscontrol.tracker.shared.statement;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A statement was amended. {@code content} is the whole new version, so that any version can be read from its
 * own event; {@code changedFields} names what differs from the previous one.
 */
// Revision 2: the speaker became {name, role} (StatementSpeakerUpcaster reads revision 1).
@Revision("2")
public record StatementAmended(StatementId statementId, CountryCode country, StatementContent content,
                               List<String> changedFields, Reason reason, Recorder recordedBy) {
}
