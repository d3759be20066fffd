package org.armscontrol.tracker.shared.query;


import java.time.LocalDate;
import java.util.Map;

/**
 * How many countries held each status (every status but NONE, zeros included; DEPOSITED_NOT_IN_FORCE too with basis
 * in-force) from {@code date} on: what the participants of the instrument as of that date count.
 */
public record ParticipantCounts(LocalDate date, Map<String, Integer> counts) {
}
