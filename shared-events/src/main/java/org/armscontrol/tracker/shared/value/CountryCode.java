package org.armscontrol.tracker.shared.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
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

    /** The JDK's English names by alpha-3 code: what people may type to find a state ("Iran", "Vietnam"). */
    private static final Map<String, String> JDK_NAMES = Stream.of(Locale.getISOCountries())
            .map(alpha2 -> new Locale("", alpha2))
            .collect(Collectors.toUnmodifiableMap(Locale::getISO3Country, l -> l.getDisplayCountry(Locale.ENGLISH),
                    (a, b) -> a));

    /** The JDK's alpha-2 codes by alpha-3 code: {@code BY} typed for Belarus finds BLR. */
    private static final Map<String, String> ALPHA2 = Stream.of(Locale.getISOCountries())
            .collect(Collectors.toUnmodifiableMap(alpha2 -> new Locale("", alpha2).getISO3Country(), alpha2 -> alpha2,
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
            throw new InvalidValueException(TextRules.echo(value) + " is not an ISO 3166-1 alpha-3 country code"
                    + suggestionFor(value));
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

    /** The state's name as the UN writes it ({@code CIV}: "Côte d'Ivoire"), from {@link CountryNames}. */
    public String name() {
        return CountryNames.of(this).name();
    }

    /** The JDK's English name ({@code IRN}: "Iran"), found by look-ups beside the UN's names. */
    String jdkEnglishName() {
        return JDK_NAMES.getOrDefault(value, value);
    }

    /** The ISO 3166-1 alpha-2 code ({@code BY}), found by look-ups. */
    String alpha2() {
        return ALPHA2.getOrDefault(value, value);
    }

    /**
     * A name typed for a code ("Belarus", "Ivoire") is answered with the codes it may mean (at most three), else
     * with examples of codes.
     */
    private static String suggestionFor(String value) {
        List<String> meant = CountryNames.meant(value).stream()
                .map(country -> country.code().value() + " (" + country.name() + ")").toList();
        if (meant.isEmpty() || meant.size() > 3) {
            return " (e.g. BLR, LTU, USA)";
        }
        String last = meant.get(meant.size() - 1);
        return ": did you mean " + (meant.size() == 1 ? last
                : String.join(", ", meant.subList(0, meant.size() - 1)) + " or " + last) + "?";
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
