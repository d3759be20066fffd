package org.armscontrol.tracker.shared.vote;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.TextRules;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The document symbol of a UN General Assembly resolution as the UN writes it since its 31st session:
 * {@code A/RES/79/56}, {@code A/RES/ES-11/1} (emergency special session), {@code A/RES/S-10/2} (special session),
 * with an optional part letter ({@code A/RES/45/58A}). Like country codes, symbols are not normalised: a lower-case
 * or padded one is refused with its canonical form, so that one resolution is stored one way.
 */
public record ResolutionSymbol(String value) {

    private static final Pattern SYMBOL = Pattern.compile("A/RES/(\\d{1,3}|ES-\\d{1,2}|S-\\d{1,2})/\\d{1,4}[A-Z]?");
    private static final String EXAMPLE = "A/RES/79/56";

    public ResolutionSymbol {
        TextRules.required(value, "resolution");
        if (!SYMBOL.matcher(value).matches()) {
            String canonical = value.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
            if (SYMBOL.matcher(canonical).matches()) {
                throw new InvalidValueException("resolution", TextRules.echo(value)
                        + " is not written in canonical form: use '" + canonical + "'");
            }
            throw new InvalidValueException("resolution", TextRules.echo(value)
                    + " is not a General Assembly resolution symbol (e.g. " + EXAMPLE + ", A/RES/ES-11/1)");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ResolutionSymbol of(String value) {
        return new ResolutionSymbol(value);
    }

    /**
     * The symbol as one URL path segment: slashes become underscores ({@code A_RES_79_56}). A symbol has no
     * underscore of its own, so no two symbols share a key.
     */
    public String key() {
        return value.replace('/', '_');
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
