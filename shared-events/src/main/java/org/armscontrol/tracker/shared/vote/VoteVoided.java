package org.armscontrol.tracker.shared.vote;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.serialization.Revision;

/**
 * A vote was voided: it was recorded in error and counts nowhere from the recorded instant of this event.
 * {@code date} is the valid date of the vote voided (what subscribers are told); {@code source} is the source of
 * the void.
 */
@Revision("1")
public record VoteVoided(VoteId voteId, CountryCode country, ResolutionSymbol resolution, ValidDate date,
                         Reason reason, Source source, Recorder recordedBy) {
}
