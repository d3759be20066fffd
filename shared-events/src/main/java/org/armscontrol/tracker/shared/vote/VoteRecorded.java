package org.armscontrol.tracker.shared.vote;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.serialization.Revision;

import java.util.List;

/** A country's vote on a General Assembly resolution was recorded; {@code resolution} is the real symbol. */
@Revision("1")
public record VoteRecorded(VoteId voteId, CountryCode country, ResolutionSymbol resolution, String title,
                           ValidDate date, VoteCast vote, List<InstrumentId> instruments, Source source,
                           Recorder recordedBy) {
}
