package org.armscontrol.tracker.shared.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.armscontrol.tracker.shared.catalogue.Instrument;
import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;

import java.util.Locale;

/**
 * An instrument of the {@link InstrumentCatalogue}, by its id ({@code CCM}, {@code CCW-P5}, {@code NSG}).
 * Only ids of the catalogue exist; like country codes they are accepted in canonical (upper-case) form only.
 */
public record InstrumentId(String value) {

    public InstrumentId {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("an instrument id is required (e.g. CCM, CCW-P5; GET /api/instruments lists them)");
        }
        if (!InstrumentCatalogue.contains(value)) {
            String canonical = value.strip().toUpperCase(Locale.ROOT);
            if (InstrumentCatalogue.contains(canonical)) {
                throw new InvalidValueException(TextRules.echo(value) + " is not written in canonical form: use '"
                        + canonical + "'");
            }
            throw new InvalidValueException(TextRules.echo(value) + " is not an instrument of the catalogue ("
                    + String.join(", ", InstrumentCatalogue.ids()) + ")");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static InstrumentId of(String value) {
        return new InstrumentId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** The catalogue entry of this instrument. */
    public Instrument instrument() {
        return InstrumentCatalogue.get(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
