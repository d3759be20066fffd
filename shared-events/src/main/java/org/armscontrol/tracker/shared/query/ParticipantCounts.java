package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.participation.ParticipationStatus;

import java.time.LocalDate;
import java.util.Map;

/**
 * How many countries held each status (every status but NONE, zeros included) from {@code date} on: what the
 * participants of the instrument as of that date count.
 */
public record ParticipantCounts(LocalDate date, Map<ParticipationStatus, Integer> counts) {
}
