package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.InstrumentId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Every country's status on one instrument on {@code asOf}, as the tracker knew it at {@code knownAt} (null: now),
 * counted on {@code basis}.
 */
public record InstrumentParticipantsQuery(InstrumentId instrument, LocalDate asOf, Instant knownAt,
                                          CountingBasis basis) {

    public InstrumentParticipantsQuery {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(basis, "basis");
    }

    /** Counted on the deposits, as before bases existed. */
    public InstrumentParticipantsQuery(InstrumentId instrument, LocalDate asOf, Instant knownAt) {
        this(instrument, asOf, knownAt, CountingBasis.DEPOSITED);
    }
}
