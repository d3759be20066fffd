package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.InstrumentId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every country with a status on an instrument at {@code asOf} (countries with none are left out), and how many
 * there are of each status (every status but NONE is counted, zeros included; with basis in-force, parties for which
 * the instrument is not yet in force count as DEPOSITED_NOT_IN_FORCE instead of PARTY); as the tracker knew it at
 * {@code knownAt} (null: now); the recorded states counted as the depositary's table header counts them
 * ({@code depositaryCounts}); and, where the tracker holds the depositary's published document, the counts its
 * header prints ({@code depositaryHeader}, null otherwise), so that a reader can tell how complete the record is.
 */
public record InstrumentParticipants(InstrumentId instrument, LocalDate asOf, Instant knownAt, CountingBasis basis,
                                     Map<String, Integer> counts, List<Participant> participants,
                                     DepositaryCounts depositaryCounts, DepositaryHeader depositaryHeader) {

    public InstrumentParticipants {
        participants = List.copyOf(participants);
    }
}
