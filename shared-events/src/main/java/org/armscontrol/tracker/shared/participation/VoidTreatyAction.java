package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;

import java.time.LocalDate;

/**
 * Voids an action recorded in error (under the wrong country or instrument, or twice): from then on it counts
 * nowhere, while what the tracker knew before the void stays readable and the original event stays in the store.
 *
 * @param action the kind of the entry in error
 * @param date   the (first) day of its date as now recorded, which names it
 */
public record VoidTreatyAction(CountryCode country, InstrumentId instrument, TreatyAction action, LocalDate date,
                               Reason reason, Source source, Long expectedVersion) implements ParticipationCommand {

    public VoidTreatyAction {
        TextRules.required(country, "country");
        TextRules.required(instrument, "instrument");
        TextRules.required(action, "action");
        TextRules.required(date, "date");
        TextRules.required(reason, "reason");
        TextRules.required(source, "source");
    }
}
