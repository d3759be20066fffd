package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.DatePrecision;

import java.time.LocalDate;

/** One country's status on an instrument at a date, since when, and by which action. */
public record Participant(CountryCode country, ParticipationStatus status, LocalDate since,
                          DatePrecision sincePrecision, TreatyAction action) {
}
