package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.TreatyAction;

import java.time.LocalDate;

/**
 * A status held from {@code from} (the effective date of the action that gave it) until {@code to}, exclusive: the
 * {@code from} of the next period, or null while it holds. The position on any date within is this status, since
 * {@code from}, by {@code action}. Two periods in a row may have the same status when a second action confirmed it.
 */
public record StatusPeriod(ParticipationStatus status, LocalDate from, LocalDate to, TreatyAction action) {
}
