package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.catalogue.Instrument;
import org.armscontrol.tracker.shared.participation.TreatyAction;

import java.time.LocalDate;

/**
 * Whether an instrument is in force for a country on a date, as its latest action (taking effect on or before the
 * date) and the instrument's rule of entry into force make it.
 *
 * @param inForce whether it is in force on the date
 * @param since   since when, if it is
 * @param from    when it will be, if the country is bound but the date comes before that
 */
public record InForce(boolean inForce, LocalDate since, LocalDate from) {

    public static final InForce NOT = new InForce(false, null, null);

    /** The state left by {@code action}, effective on {@code effective}, on {@code asOf}. */
    public static InForce of(Instrument instrument, TreatyAction action, LocalDate effective, LocalDate asOf) {
        if (action == null) {
            return NOT;
        }
        return instrument.entryIntoForceFor(action, effective)
                .map(day -> day.isAfter(asOf) ? new InForce(false, null, day) : new InForce(true, day, null))
                .orElse(NOT);
    }
}
