package org.armscontrol.tracker.shared.statement;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.serialization.Revision;

/**
 * A statement was retracted from the record. {@code date} is the retracted statement's date, so the retraction
 * sits next to it on a timeline; {@code source} is null when the retraction cites none.
 */
@Revision("1")
public record StatementRetracted(StatementId statementId, CountryCode country, ValidDate date, Reason reason,
                                 Source source, Recorder recordedBy) {
}
