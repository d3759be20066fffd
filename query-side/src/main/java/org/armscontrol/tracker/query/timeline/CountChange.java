package org.armscontrol.tracker.query.timeline;

import org.armscontrol.tracker.shared.participation.ParticipationStatus;

import java.time.LocalDate;

/** On {@code date}, the number of countries holding {@code status} changes by {@code delta}. */
record CountChange(LocalDate date, ParticipationStatus status, int delta) {
}
