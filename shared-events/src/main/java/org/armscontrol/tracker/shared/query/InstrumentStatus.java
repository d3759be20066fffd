package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;

import java.time.LocalDate;

/**
 * A country's status on one instrument at a date, since when, and by which action. {@code status} is NONE (and
 * {@code since} null) when the country has a record on the instrument that starts only later. {@code inForce}
 * tells whether the instrument is in force for the country on that date, since {@code inForceSince}; a party for
 * which it enters into force only later has {@code entersIntoForce} instead.
 */
public record InstrumentStatus(InstrumentId instrument, ParticipationStatus status, LocalDate since,
                               DatePrecision sincePrecision, TreatyAction action, boolean inForce,
                               LocalDate inForceSince, LocalDate entersIntoForce) {

    public InstrumentStatus(InstrumentId instrument, ParticipationStatus status, LocalDate since,
                            DatePrecision sincePrecision, TreatyAction action, InForce inForce) {
        this(instrument, status, since, sincePrecision, action, inForce.inForce(), inForce.since(), inForce.from());
    }
}
