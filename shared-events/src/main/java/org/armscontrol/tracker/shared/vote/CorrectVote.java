package org.armscontrol.tracker.shared.vote;

import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Corrects how a recorded vote went or when it took place, for a stated reason and on a source; the recorded
 * version stays in the history.
 *
 * @param vote the corrected vote, or null to keep it
 * @param date the corrected date, or null to keep it
 */
public record CorrectVote(@TargetAggregateIdentifier VoteId voteId, VoteCast vote, ValidDate date, Reason reason,
                          Source source, @TargetAggregateVersion Long expectedVersion) {

    public CorrectVote {
        TextRules.required(voteId, "voteId");
        TextRules.required(reason, "reason");
        TextRules.required(source, "source");
    }
}
