package org.armscontrol.tracker.query.compare;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.CountryName;
import org.armscontrol.tracker.shared.value.CountryNames;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The M49 table shipped with the query side: every state the UN names has its region and sub-region. */
class M49RegionsTest {

    private final M49Regions regions = new M49Regions();

    @Test
    void every_state_the_un_names_is_in_a_region() {
        List<CountryCode> named = CountryNames.all().filter(name -> name.basis() == CountryName.Basis.UN)
                .map(CountryName::code).toList();
        assertThat(named).allSatisfy(code -> assertThat(regions.of(code)).as(code.value()).isPresent());
        // The 193 member states, the two observer states, the Cook Islands and Niue.
        assertThat(regions.regions().stream().mapToLong(region -> regions.statesIn(region.name()).size()).sum())
                .isEqualTo(197);
    }

    @Test
    void regions_and_sub_regions_come_with_their_m49_codes_and_hold_their_states() {
        assertThat(regions.regions()).extracting(M49Regions.Region::name)
                .containsExactly("Africa", "Oceania", "Americas", "Asia", "Europe");
        assertThat(regions.of(CountryCode.of("BLR"))).contains(
                new M49Regions.Placement("150", "Europe", "151", "Eastern Europe"));
        assertThat(regions.statesIn("Africa")).hasSize(54);
        assertThat(regions.statesIn("Northern America")).extracting(CountryCode::value).containsExactly("CAN", "USA");
        assertThat(regions.isRegion("Eastern Europe")).isTrue();
        assertThat(regions.isRegion("eastern europe")).isFalse();
        // A territory has no placement.
        assertThat(regions.of(CountryCode.of("ABW"))).isEmpty();
    }
}
