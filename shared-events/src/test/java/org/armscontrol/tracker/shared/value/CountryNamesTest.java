package org.armscontrol.tracker.shared.value;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The names of states: the UN's short names beside every code, and the codes found from names. */
class CountryNamesTest {

    @Test
    void every_code_the_tracker_accepts_has_a_name_in_the_table() {
        assertThat(CountryNames.all().map(CountryName::code))
                .containsExactlyInAnyOrderElementsOf(CountryCode.all().toList());
        assertThat(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3))
                .allMatch(code -> CountryNames.of(CountryCode.of(code)).name() != null);
    }

    @Test
    void states_are_named_as_the_un_names_them() {
        Map.ofEntries(
                Map.entry("VAT", "Holy See"), Map.entry("PSE", "State of Palestine"),
                Map.entry("CIV", "Côte d'Ivoire"), Map.entry("COD", "Democratic Republic of the Congo"),
                Map.entry("COG", "Congo"), Map.entry("KOR", "Republic of Korea"),
                Map.entry("PRK", "Democratic People's Republic of Korea"), Map.entry("IRN", "Iran (Islamic Republic of)"),
                Map.entry("BOL", "Bolivia (Plurinational State of)"), Map.entry("MDA", "Republic of Moldova"),
                Map.entry("RUS", "Russian Federation"), Map.entry("SYR", "Syrian Arab Republic"),
                Map.entry("GBR", "United Kingdom of Great Britain and Northern Ireland"),
                Map.entry("USA", "United States of America"), Map.entry("VEN", "Venezuela (Bolivarian Republic of)"),
                Map.entry("VNM", "Viet Nam"), Map.entry("LAO", "Lao People's Democratic Republic"),
                Map.entry("TZA", "United Republic of Tanzania"), Map.entry("FSM", "Micronesia (Federated States of)"),
                Map.entry("TUR", "Türkiye"), Map.entry("CZE", "Czechia"), Map.entry("SWZ", "Eswatini"),
                Map.entry("MKD", "North Macedonia"), Map.entry("NLD", "Netherlands (Kingdom of the)"),
                Map.entry("BLR", "Belarus"), Map.entry("KNA", "Saint Kitts and Nevis"))
                .forEach((code, name) -> assertThat(CountryCode.of(code).name()).as(code).isEqualTo(name));
        assertThat(CountryNames.of(CountryCode.of("BLR")).basis()).isEqualTo(CountryName.Basis.UN);
        assertThat(CountryNames.of(CountryCode.of("BLR")).label()).isEqualTo("Belarus (BLR)");
    }

    @Test
    void the_193_members_and_the_two_observer_states_have_un_names_and_territories_fall_back_to_the_jdk_name() {
        assertThat(CountryNames.all().filter(country -> country.basis() == CountryName.Basis.UN))
                .hasSize(193 + 2 + 2); // and Cook Islands, Niue, which the Secretary-General lists as states
        CountryName taiwan = CountryNames.of(CountryCode.of("TWN"));
        assertThat(taiwan.basis()).isEqualTo(CountryName.Basis.JDK);
        assertThat(taiwan.name()).isEqualTo("Taiwan");
        assertThat(CountryNames.of(CountryCode.of("GRL")).name()).isEqualTo("Greenland");
    }

    @Test
    void every_name_of_the_depositarys_2018_tables_is_the_un_name_of_its_code_or_a_documented_former_one()
            throws IOException {
        List<String[]> pairs = untc2018Names();
        assertThat(pairs).hasSizeGreaterThan(180);
        for (String[] pair : pairs) {
            CountryName named = CountryNames.of(CountryCode.of(pair[0]));
            assertThat(named.everyName().toList()).as(pair[0]).contains(pair[1]);
            assertThat(CountryNames.codeOf(pair[1])).as(pair[1]).contains(CountryCode.of(pair[0]));
        }
    }

    @Test
    void states_renamed_since_2018_keep_their_former_names_for_look_ups() {
        Map.of("SWZ", "Swaziland", "MKD", "The former Yugoslav Republic of Macedonia", "TUR", "Turkey",
                        "CZE", "Czech Republic", "NLD", "Netherlands")
                .forEach((code, former) -> {
                    assertThat(CountryNames.of(CountryCode.of(code)).formerNames()).as(code).containsExactly(former);
                    assertThat(CountryNames.codeOf(former)).contains(CountryCode.of(code));
                });
    }

    @Test
    void a_name_is_found_whatever_its_case_accents_or_apostrophe() {
        assertThat(CountryNames.codeOf("cote d’ivoire")).contains(CountryCode.of("CIV"));
        assertThat(CountryNames.codeOf("TÜRKIYE")).contains(CountryCode.of("TUR"));
        assertThat(CountryNames.codeOf("St. Lucia")).contains(CountryCode.of("LCA"));
        assertThat(CountryNames.codeOf("Atlantis")).isEmpty();
        assertThat(CountryNames.codeOf(null)).isEmpty();
    }

    @Test
    void a_search_offers_the_exact_name_first_then_names_beginning_with_the_text_then_names_containing_it() {
        assertThat(codes("Belarus")).containsExactly("BLR");
        assertThat(codes("Ivoire")).containsExactly("CIV");
        assertThat(codes("congo")).containsExactly("COG", "COD");
        assertThat(codes("Korea")).containsExactlyInAnyOrder("KOR", "PRK");
        // The JDK's English names and the codes find states too.
        assertThat(codes("Iran")).first().isEqualTo("IRN");
        assertThat(codes("Vietnam")).containsExactly("VNM");
        assertThat(codes("blr")).first().isEqualTo("BLR");
        assertThat(codes("BY")).containsExactly("BLR");
        assertThat(codes("B")).isEmpty();
        assertThat(codes("Atlantis")).isEmpty();
    }

    @Test
    void a_text_typed_for_a_code_means_the_state_of_that_very_name_if_there_is_one() {
        assertThat(CountryNames.meant("Niger")).extracting(CountryName::label).containsExactly("Niger (NER)");
        assertThat(CountryNames.meant("Congo")).extracting(CountryName::label).containsExactly("Congo (COG)");
        assertThat(CountryNames.meant("Korea")).hasSize(2);
    }

    private static List<String> codes(String text) {
        return CountryNames.search(text).stream().map(country -> country.code().value()).toList();
    }

    private static List<String[]> untc2018Names() throws IOException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                CountryNamesTest.class.getResourceAsStream("/countries/untc-2018-country-names.csv")),
                StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.startsWith("#")).skip(1).map(line -> line.split(",", 2))
                    .toList();
        }
    }
}
