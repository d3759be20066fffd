package org.armscontrol.tracker.shared.vote;

import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Voids a vote recorded in error (wrong country or resolution, a duplicate), for a stated reason and on a source:
 * it counts nowhere from then on, and stays in the event store, the lineage and the reads as known before.
 */
public record VoidVote(@TargetAggregateIdentifier VoteId voteId, Reason reason, Source source,
                       @TargetAggregateVersion Long expectedVersion) {

    public VoidVote {
        TextRules.required(voteId, "voteId");
        TextRules.required(reason, "reason");
        TextRules.required(source, "source");
    }
}
