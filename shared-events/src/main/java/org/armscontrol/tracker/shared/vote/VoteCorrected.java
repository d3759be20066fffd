package org.armscontrol.tracker.shared.vote;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A recorded vote was corrected. {@code vote} and {@code date} are the whole new version, so that any version can
 * be read from its own event; {@code changedFields} names what differs from the previous one ({@code vote},
 * {@code date}); {@code source} is the source of the correction.
 */
@Revision("1")
public record VoteCorrected(VoteId voteId, CountryCode country, ResolutionSymbol resolution, VoteCast vote,
                            ValidDate date, List<String> changedFields, Reason reason, Source source,
                            Recorder recordedBy) {
}
