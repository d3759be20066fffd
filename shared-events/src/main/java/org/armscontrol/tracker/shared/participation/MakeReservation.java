package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;
import org.armscontrol.tracker.shared.value.ValidDate;

/**
 * Records a reservation or declaration of a state on an instrument it has already acted on.
 *
 * @param text     the text of the reservation or declaration, as the depositary gives it
 * @param madeWith the action it accompanied (e.g. RATIFIED), or null when the source does not say
 */
public record MakeReservation(CountryCode country, InstrumentId instrument, ReservationKind kind, String text,
                              ValidDate date, TreatyAction madeWith, Source source, Long expectedVersion)
        implements ParticipationCommand {

    public static final int MAX_TEXT_LENGTH = 10_000;

    public MakeReservation {
        TextRules.required(country, "country");
        TextRules.required(instrument, "instrument");
        TextRules.required(kind, "kind");
        TextRules.requireText(text, "text", MAX_TEXT_LENGTH);
        TextRules.required(date, "date");
        TextRules.required(source, "source");
    }
}
