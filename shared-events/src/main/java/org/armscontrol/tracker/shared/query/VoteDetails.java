package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.vote.ResolutionSymbol;
import org.armscontrol.tracker.shared.vote.VoteCast;
import org.armscontrol.tracker.shared.vote.VoteId;

/** A country's vote on a General Assembly resolution, in its current version ({@code version}: its sequence). */
public record VoteDetails(VoteId voteId, ResolutionSymbol resolution, String title, VoteCast vote, long version)
        implements HistoryDetails {
}
