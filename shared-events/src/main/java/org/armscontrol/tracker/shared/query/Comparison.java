package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.value.InstrumentId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a {@link ComparisonQuery}: a matrix of states (rows) by instruments (columns), as of {@code asOf} and
 * as known at {@code knownAt} (null: now). With a {@code status} filter a row holds only the cells of that status,
 * and rows without one are left out.
 */
public record Comparison(LocalDate asOf, Instant knownAt, ParticipationStatus status, String region,
                         List<InstrumentId> instruments, List<ComparedState> states) {

    public Comparison {
        instruments = List.copyOf(instruments);
        states = List.copyOf(states);
    }

    /** The same comparison, saying which region it was narrowed to. */
    public Comparison inRegion(String name) {
        return new Comparison(asOf, knownAt, status, name, instruments, states);
    }
}
