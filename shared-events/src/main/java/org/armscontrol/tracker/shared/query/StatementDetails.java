package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.statement.StatementId;

/** A statement in its current version; a retracted statement stays on the timeline, marked as such. */
public record StatementDetails(StatementId statementId, String forum, String location, String speaker,
                               String speakerRole,
                               Stance stance, String summary, String quote, long version, boolean retracted)
        implements HistoryDetails {
}
