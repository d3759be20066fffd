package org.armscontrol.tracker.shared.participation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.TextRules;

/**
 * Identifies one state's participation in one instrument, the unit whose actions must be consistent
 * with one another. Written {@code BLR:CCW-P5}.
 */
public record ParticipationId(CountryCode country, InstrumentId instrument) {

    public ParticipationId {
        TextRules.required(country, "country");
        TextRules.required(instrument, "instrument");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ParticipationId parse(String value) {
        int colon = value == null ? -1 : value.indexOf(':');
        if (colon < 0) {
            throw new InvalidValueException(TextRules.echo(value) + " is not a participation id (COUNTRY:INSTRUMENT)");
        }
        return new ParticipationId(CountryCode.of(value.substring(0, colon)), InstrumentId.of(value.substring(colon + 1)));
    }

    @JsonValue
    @Override
    public String toString() {
        return country + ":" + instrument;
    }
}
