package org.armscontrol.tracker.shared.value;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The names of every state the tracker accepts, read once from {@code countries/un-short-names.csv}: the one place
 * where a code becomes a name (in every read, export and picker) and a name becomes a code (look-ups, the hint of a
 * refused code, imports of the depositary's tables, which name states and give no code).
 */
public final class CountryNames {

    private static final String FILE = "countries/un-short-names.csv";
    private static final String HEADER = "iso3,name,basis,former_names,also_written";

    /** Marks that spell nothing of a name: accents ("Cote d'Ivoire" finds Côte d'Ivoire) and typographic quotes. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Map<CountryCode, CountryName> BY_CODE = load();

    /** Every name (current, former, other spellings), folded, to its state: they are all distinct. */
    private static final Map<String, CountryName> BY_NAME = BY_CODE.values().stream()
            .flatMap(country -> country.everyName().map(name -> Map.entry(fold(name), country)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private CountryNames() {
    }

    /** The names of a state the tracker accepts. */
    public static CountryName of(CountryCode code) {
        CountryName name = BY_CODE.get(code);
        if (name == null) {
            // Only a JDK newer than the file could accept a code the file lacks (CountryNamesTest checks this one).
            return new CountryName(code, code.jdkEnglishName(), CountryName.Basis.JDK, List.of(), List.of());
        }
        return name;
    }

    /** The name of a code as stored in a record that may predate the rules of today: null if it is none. */
    public static String nameOf(String code) {
        return CountryCode.isValid(code) ? of(new CountryCode(code)).name() : null;
    }

    /** Every state, by code. */
    public static Stream<CountryName> all() {
        return BY_CODE.values().stream();
    }

    /**
     * The state of this exact name, current or former or as the depositary also writes it; case, accents and the
     * kind of apostrophe do not matter ("cote d’ivoire" is CIV). For imports of tables that name states.
     */
    public static Optional<CountryCode> codeOf(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(fold(name))).map(CountryName::code);
    }

    /**
     * The states a text may mean, best first: the state of that code or exact name, then those with a name (or the
     * JDK's English name: "Iran", "Vietnam", "Russia") beginning with it, then those with a name containing it
     * ("Ivoire" finds CIV; three letters at least); each group by name. Fewer than two letters find nothing. Codes
     * (alpha-3 or alpha-2: "BY") count as names.
     */
    public static List<CountryName> search(String text) {
        if (text == null || text.strip().length() < 2 || text.length() > 200) {
            return List.of();
        }
        String wanted = fold(text);
        List<CountryName> found = new ArrayList<>();
        for (Predicate<String> match : List.<Predicate<String>>of(wanted::equals,
                name -> name.startsWith(wanted) || name.contains(" " + wanted) || name.contains("(" + wanted),
                name -> wanted.length() >= 3 && name.contains(wanted))) {
            BY_CODE.values().stream()
                    .filter(country -> !found.contains(country))
                    .filter(country -> searchable(country).anyMatch(match))
                    .sorted(Comparator.comparing(country -> fold(country.name())))
                    .forEach(found::add);
        }
        return List.copyOf(found);
    }

    /**
     * What a text typed for a code means: the states of that very name if any ("Congo" is COG, "Niger" NER), else
     * all that {@link #search} finds ("Korea": KOR and PRK).
     */
    public static List<CountryName> meant(String text) {
        List<CountryName> found = search(text);
        String wanted = text == null ? "" : fold(text);
        List<CountryName> exact = found.stream().filter(country -> searchable(country).anyMatch(wanted::equals)).toList();
        return exact.isEmpty() ? found : exact;
    }

    private static Stream<String> searchable(CountryName country) {
        return Stream.concat(Stream.of(country.code().value(), country.code().alpha2(),
                        country.code().jdkEnglishName()), country.everyName())
                .map(CountryNames::fold);
    }

    /** Lower case, without accents, one kind of apostrophe, single spaces. */
    static String fold(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return plain.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    private static Map<CountryCode, CountryName> load() {
        InputStream in = CountryNames.class.getClassLoader().getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException(FILE + " is missing from the class path");
        }
        Map<CountryCode, CountryName> names = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> rows = lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            if (rows.isEmpty() || !rows.get(0).equals(HEADER)) {
                throw new IllegalStateException(FILE + " must start (after its comments) with " + HEADER);
            }
            for (String row : rows.subList(1, rows.size())) {
                CountryName name = parse(row);
                if (names.put(name.code(), name) != null) {
                    throw new IllegalStateException(FILE + " names " + name.code() + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + FILE, e);
        }
        return Map.copyOf(names);
    }

    private static CountryName parse(String row) {
        String[] fields = row.split(",", -1);
        // Checked before building a CountryCode, whose message for a bad code would look the names up while they load.
        if (fields.length != 5 || !CountryCode.isValid(fields[0])) {
            throw new IllegalStateException(FILE + ": not a row of " + HEADER + " with a code the JDK accepts: " + row);
        }
        return new CountryName(new CountryCode(fields[0]), fields[1], CountryName.Basis.valueOf(fields[2]),
                list(fields[3]), list(fields[4]));
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|"));
    }
}
