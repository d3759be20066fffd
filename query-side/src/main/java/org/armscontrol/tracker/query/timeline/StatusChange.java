package org.armscontrol.tracker.query.timeline;

import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.InstrumentId;

import java.time.LocalDate;

/** From {@code date} on, the country holds {@code status} on {@code instrument}, by {@code action}. */
record StatusChange(InstrumentId instrument, LocalDate date, ParticipationStatus status, TreatyAction action) {
}
