package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;
import org.armscontrol.tracker.shared.value.ValidDate;

/** The checks every treaty-action command makes on its components. */
final class TreatyActionCommands {

    private TreatyActionCommands() {
    }

    /** Requires the common components and returns the validated note. */
    static String checked(CountryCode country, InstrumentId instrument, ValidDate date, Source source, String note) {
        TextRules.required(country, "country");
        TextRules.required(instrument, "instrument");
        TextRules.required(date, "date");
        TextRules.required(source, "source");
        return TextRules.optionalText(note, "note", TreatyActionCommand.MAX_NOTE_LENGTH);
    }
}
