package org.armscontrol.tracker.query.timeline;

import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.CountryCode;

import java.time.LocalDate;

/** One action of a country on an instrument, as it now stands (or stood at knownAt): in effect from {@code effective}. */
record ActionTaken(CountryCode country, LocalDate effective, ParticipationStatus status, TreatyAction action) {
}
