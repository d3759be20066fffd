package org.armscontrol.tracker.shared.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A state, by its ISO 3166-1 alpha-3 code as the JDK knows it ({@code BLR}).
 * <p>
 * Only the canonical form is accepted: upper case, no padding. A lower-case or padded code is refused with
 * the canonical form in the message rather than silently normalised, so that every stored code and every
 * URL that names a country is spelled one way.
 */
public record CountryCode(String value) {

    private static final Set<String> ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    /** English names keyed by alpha-3 code, for display. */
    private static final Map<String, String> NAMES = Stream.of(Locale.getISOCountries())
            .map(alpha2 -> new Locale("", alpha2))
            .collect(Collectors.toUnmodifiableMap(Locale::getISO3Country, l -> l.getDisplayCountry(Locale.ENGLISH),
                    (a, b) -> a));

    public CountryCode {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("a country code is required (ISO 3166-1 alpha-3, e.g. BLR)");
        }
        if (!ALPHA3.contains(value)) {
            String canonical = value.strip().toUpperCase(Locale.ROOT);
            if (ALPHA3.contains(canonical)) {
                throw new InvalidValueException(TextRules.echo(value) + " is not written in canonical form: use '"
                        + canonical + "' (ISO 3166-1 alpha-3, upper case, no spaces)");
            }
            throw new InvalidValueException(TextRules.echo(value)
                    + " is not an ISO 3166-1 alpha-3 country code (e.g. BLR, LTU, USA)");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    /** Whether {@code value} is a country code this type accepts. */
    public static boolean isValid(String value) {
        return value != null && ALPHA3.contains(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** The English short name of the country, e.g. "Belarus". */
    public String englishName() {
        return NAMES.getOrDefault(value, value);
    }

    /** Every code this type accepts, sorted. */
    public static Stream<CountryCode> all() {
        return ALPHA3.stream().sorted().map(CountryCode::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
