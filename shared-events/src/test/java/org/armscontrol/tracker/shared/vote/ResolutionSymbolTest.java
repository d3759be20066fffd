package org.armscontrol.tracker.shared.vote;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Resolution symbols as the UN writes them, and the URL-safe vote ids made of them. */
class ResolutionSymbolTest {

    @ParameterizedTest
    @ValueSource(strings = {"A/RES/79/56", "A/RES/70/54", "A/RES/ES-11/1", "A/RES/S-10/2", "A/RES/45/58A"})
    void symbols_of_general_assembly_resolutions_are_accepted(String symbol) {
        assertThat(ResolutionSymbol.of(symbol).value()).isEqualTo(symbol);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "79/56", "A/79/56", "S/RES/2118", "A/RES/79", "A/RES/79/56/", "A_RES_79_56",
            "A/RES/79/56 ", "A/RES/79/56\n", "A/RES/../56", "A/RES/2373(XXII)"})
    void anything_else_is_refused_naming_the_resolution(String symbol) {
        assertThatThrownBy(() -> ResolutionSymbol.of(symbol))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).property()).hasValue("resolution"));
    }

    @Test
    void a_symbol_in_another_case_is_refused_with_its_canonical_form() {
        assertThatThrownBy(() -> ResolutionSymbol.of("a/res/79/56")).hasMessageContaining("'A/RES/79/56'");
    }

    @Test
    void a_vote_id_is_url_safe_and_reads_back() {
        VoteId id = VoteId.of(CountryCode.of("BLR"), ResolutionSymbol.of("A/RES/ES-11/1"));
        assertThat(id.toString()).isEqualTo("BLR:A_RES_ES-11_1").matches("[A-Za-z0-9:_-]+");
        assertThat(VoteId.parse(id.toString())).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BLR", "BLR:", "blr:A_RES_79_56", "XXX:A_RES_79_56", "BLR:A/RES/79/56", "BLR:CCM"})
    void a_malformed_vote_id_is_refused_naming_the_vote_id(String id) {
        assertThatThrownBy(() -> VoteId.parse(id))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).property()).hasValue("voteId"));
    }
}
