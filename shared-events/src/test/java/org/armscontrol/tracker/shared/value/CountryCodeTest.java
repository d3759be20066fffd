package org.armscontrol.tracker.shared.value;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountryCodeTest {

    @Test
    void an_iso_alpha3_code_in_upper_case_is_a_country() {
        assertThat(CountryCode.of("BLR").name()).isEqualTo("Belarus");
        assertThat(CountryCode.of("LTU").value()).isEqualTo("LTU");
    }

    @Test
    void a_lower_case_or_padded_code_is_refused_with_its_canonical_form() {
        assertThatThrownBy(() -> CountryCode.of("blr")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("use 'BLR'");
        assertThatThrownBy(() -> CountryCode.of(" BLR ")).hasMessageContaining("use 'BLR'");
    }

    @Test
    void an_unknown_or_missing_code_is_refused() {
        assertThatThrownBy(() -> CountryCode.of("XYZ")).hasMessageContaining("not an ISO 3166-1 alpha-3");
        assertThatThrownBy(() -> CountryCode.of("BY")).hasMessageContaining("not an ISO 3166-1 alpha-3");
        assertThatThrownBy(() -> CountryCode.of(null)).hasMessageContaining("required");
    }

    @Test
    void a_name_typed_for_a_code_is_refused_with_the_code_it_means() {
        assertThatThrownBy(() -> CountryCode.of("Belarus")).isInstanceOf(InvalidValueException.class)
                .hasMessage("'Belarus' is not an ISO 3166-1 alpha-3 country code: did you mean BLR (Belarus)?");
        assertThatThrownBy(() -> CountryCode.of("Ivoire")).hasMessageEndingWith("did you mean CIV (Côte d'Ivoire)?");
        assertThatThrownBy(() -> CountryCode.of("Swaziland")).hasMessageEndingWith("did you mean SWZ (Eswatini)?");
        assertThatThrownBy(() -> CountryCode.of("BY")).hasMessageEndingWith("did you mean BLR (Belarus)?");
        assertThatThrownBy(() -> CountryCode.of("Korea")).hasMessageEndingWith(
                "did you mean PRK (Democratic People's Republic of Korea) or KOR (Republic of Korea)?");
        // Too many to list, or nothing like it: examples of codes instead.
        assertThatThrownBy(() -> CountryCode.of("Islands")).hasMessageEndingWith("(e.g. BLR, LTU, USA)");
        assertThatThrownBy(() -> CountryCode.of("XYZ")).hasMessageEndingWith("(e.g. BLR, LTU, USA)");
    }

    @Test
    void every_code_of_the_jdk_list_is_accepted() {
        assertThat(CountryCode.all()).hasSizeGreaterThan(240).allMatch(code -> CountryCode.isValid(code.value()));
    }
}
