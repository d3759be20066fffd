package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Several states side by side on several instruments: each state's status on each instrument on the valid date
 * {@code asOf}, as the tracker knew it at {@code knownAt} (null: now).
 *
 * @param countries   the states, in the order asked (at least one)
 * @param instruments the instruments, in the order asked (at least one)
 * @param status      only the cells of this status, and only the states with one (null: every cell)
 */
public record ComparisonQuery(List<CountryCode> countries, List<InstrumentId> instruments, LocalDate asOf,
                              Instant knownAt, ParticipationStatus status) {

    public ComparisonQuery {
        countries = List.copyOf(countries);
        instruments = List.copyOf(instruments);
        Objects.requireNonNull(asOf, "asOf");
    }
}
