package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.vote.ResolutionSymbol;
import org.armscontrol.tracker.shared.vote.VoteCast;
import org.armscontrol.tracker.shared.vote.VoteId;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A country's General Assembly votes on resolutions concerning one instrument, up to a date: the latest of them
 * ({@code resolution}, {@code date}, {@code vote}) and how many went each way ({@code counts}, every value with
 * its zero).
 */
public record InstrumentVotes(InstrumentId instrument, ResolutionSymbol resolution, VoteId voteId, LocalDate date,
                              DatePrecision datePrecision, VoteCast vote, Map<VoteCast, Integer> counts) {

    public InstrumentVotes {
        EnumMap<VoteCast, Integer> all = new EnumMap<>(VoteCast.class);
        for (VoteCast value : VoteCast.values()) {
            all.put(value, counts.getOrDefault(value, 0));
        }
        counts = Collections.unmodifiableMap(all);
    }
}
