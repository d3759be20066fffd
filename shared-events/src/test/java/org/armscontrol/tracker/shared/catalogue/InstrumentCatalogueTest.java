package org.armscontrol.tracker.shared.catalogue;

import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstrumentCatalogueTest {

    @Test
    void the_catalogue_has_every_instrument_of_the_api_contract() {
        assertThat(InstrumentCatalogue.ids()).contains("CCM", "CCW", "CCW-P5", "APMBT", "NPT", "CTBT", "CWC", "BWC",
                "ATT", "TPNW", "HCOC", "NSG", "ZANGGER", "MTCR", "WASSENAAR", "AUSTRALIA-GROUP", "PSI", "UNSCR-1540",
                "PTBT", "OUTER-SPACE", "SEABED", "TLATELOLCO", "RAROTONGA", "BANGKOK", "PELINDABA", "SEMIPALATINSK");
    }

    @Test
    void the_zones_are_kept_by_their_own_depositaries_and_open_for_signature_without_a_closing_date() {
        assertThat(InstrumentId.of("TLATELOLCO").instrument().depositary()).isEqualTo("Government of Mexico");
        assertThat(InstrumentId.of("BANGKOK").instrument().depositary()).isEqualTo("Government of Thailand");
        assertThat(InstrumentId.of("SEMIPALATINSK").instrument().depositary())
                .isEqualTo("Government of the Kyrgyz Republic");
        for (String zone : new String[]{"TLATELOLCO", "RAROTONGA", "BANGKOK", "PELINDABA", "SEMIPALATINSK"}) {
            Instrument instrument = InstrumentId.of(zone).instrument();
            assertThat(instrument.signatureOpenUntil()).as(zone).isNull();
            assertThat(instrument.clauses().provisionalApplication()).as(zone)
                    .isEqualTo(ProvisionalApplication.NOT_PROVIDED);
            assertThat(instrument.clauses().withdrawalArticle()).as(zone).isNotNull();
        }
        assertThat(InstrumentId.of("PELINDABA").instrument().entryIntoForce()).isEqualTo("2009-07-15");
        assertThat(InstrumentId.of("PTBT").instrument().signatureOpenUntil()).isEqualTo("1963-10-09");
    }

    @Test
    void the_key_dates_are_the_depositaries() {
        Instrument ccm = InstrumentId.of("CCM").instrument();
        assertThat(ccm.openedOn().date()).isEqualTo("2008-12-03");
        assertThat(ccm.entryIntoForce()).isEqualTo("2010-08-01");
        Instrument protocolV = InstrumentId.of("CCW-P5").instrument();
        assertThat(protocolV.openedOn().date()).isEqualTo("2003-11-28");
        assertThat(protocolV.entryIntoForce()).isEqualTo("2006-11-12");
        assertThat(protocolV.parent()).isEqualTo(InstrumentId.of("CCW"));
    }

    @Test
    void dates_of_every_instrument_are_consistent() {
        for (Instrument instrument : InstrumentCatalogue.all()) {
            if (instrument.entryIntoForce() != null) {
                assertThat(instrument.entryIntoForce()).as(instrument.id() + " enters into force after it opened")
                        .isAfterOrEqualTo(instrument.openedOn().earliest());
            }
            if (instrument.signatureOpenUntil() != null) {
                assertThat(instrument.signatureRequired()).as(instrument.id() + " has a signature stage").isTrue();
                assertThat(instrument.signatureOpenUntil()).isAfter(instrument.openedOn().earliest());
            }
        }
    }

    @Test
    void how_a_state_joins_decides_which_actions_are_open() {
        assertThat(InstrumentId.of("CCM").instrument().allows(TreatyAction.SIGNED)).isTrue();
        assertThat(InstrumentId.of("CCW-P5").instrument().allows(TreatyAction.SIGNED)).isFalse();
        assertThat(InstrumentId.of("CCW-P5").instrument().allows(TreatyAction.RATIFIED)).isTrue();
        assertThat(InstrumentId.of("NSG").instrument().allows(TreatyAction.JOINED)).isTrue();
        assertThat(InstrumentId.of("HCOC").instrument().allows(TreatyAction.ADHERED)).isTrue();
        assertThat(InstrumentId.of("UNSCR-1540").instrument().joining().actions()).isEmpty();
        assertThat(InstrumentId.of("CCW-P5").instrument().allows(TreatyAction.FORMALLY_CONFIRMED)).isTrue();
    }

    @Test
    void provisional_application_only_where_the_instrument_provides_for_it() {
        Instrument att = InstrumentId.of("ATT").instrument();
        Instrument ccm = InstrumentId.of("CCM").instrument();
        Instrument tpnw = InstrumentId.of("TPNW").instrument();
        // ATT Art. 23: at signature or consent; CCM Art. 18: at consent; the TPNW does not provide for it.
        assertThat(att.clauses().provisionalApplication()).isEqualTo(ProvisionalApplication.AT_SIGNATURE_OR_CONSENT);
        assertThat(att.actions()).contains(TreatyAction.PROVISIONALLY_APPLIED);
        assertThat(ccm.clauses().provisionalApplication()).isEqualTo(ProvisionalApplication.AT_CONSENT);
        assertThat(ccm.allows(TreatyAction.PROVISIONALLY_APPLIED)).isTrue();
        assertThat(tpnw.allows(TreatyAction.PROVISIONALLY_APPLIED)).isFalse();
        assertThat(tpnw.actions()).doesNotContain(TreatyAction.PROVISIONALLY_APPLIED)
                .contains(TreatyAction.SIGNED, TreatyAction.FORMALLY_CONFIRMED);
    }

    @Test
    void an_instrument_outside_the_catalogue_is_refused() {
        assertThatThrownBy(() -> InstrumentId.of("OTTAWA")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("not an instrument of the catalogue");
        assertThatThrownBy(() -> InstrumentId.of("ccw-p5")).hasMessageContaining("use 'CCW-P5'");
    }
}
