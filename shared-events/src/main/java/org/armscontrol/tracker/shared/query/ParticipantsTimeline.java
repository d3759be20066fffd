package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.InstrumentId;

import java.time.Instant;
import java.util.List;

/**
 * The counts per status on an instrument, one point per valid date on which some country's status changed, oldest
 * first; between two points the counts are those of the earlier one. As known at {@code knownAt} (null: now).
 */
public record ParticipantsTimeline(InstrumentId instrument, Instant knownAt, CountingBasis basis,
                                   List<ParticipantCounts> points) {

    public ParticipantsTimeline {
        points = List.copyOf(points);
    }
}
