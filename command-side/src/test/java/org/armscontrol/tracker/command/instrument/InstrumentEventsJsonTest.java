package org.armscontrol.tracker.command.instrument;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.armscontrol.tracker.platform.eventstore.StoredMessageJson;
import org.armscontrol.tracker.shared.catalogue.Delay;
import org.armscontrol.tracker.shared.catalogue.EntryIntoForceRule;
import org.armscontrol.tracker.shared.catalogue.FinalClauses;
import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;
import org.armscontrol.tracker.shared.catalogue.InstrumentDefinition;
import org.armscontrol.tracker.shared.catalogue.InstrumentKind;
import org.armscontrol.tracker.shared.catalogue.JoiningProcedure;
import org.armscontrol.tracker.shared.catalogue.ProvisionalApplication;
import org.armscontrol.tracker.shared.instrument.InstrumentAmended;
import org.armscontrol.tracker.shared.instrument.InstrumentRegistered;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The instruments' events read back from their stored JSON, whether or not the catalogue knows the id yet. */
class InstrumentEventsJsonTest {

    private final ObjectMapper json = StoredMessageJson.objectMapper();

    private static final InstrumentDefinition NEVER_REGISTERED = new InstrumentDefinition("JSON-TEST-1",
            "Protocol VI", "A protocol never registered in this JVM", InstrumentKind.PROTOCOL,
            JoiningProcedure.CONSENT_TO_BE_BOUND, ValidDate.parse("2030-01-01"), null, null, "CCW", "UN", "XXVI-2-e",
            new FinalClauses("Art. 5", EntryIntoForceRule.firstDayOfMonthAfter(6,
                    EntryIntoForceRule.EarlyDeposit.LATER_OF_THE_TWO), "Art. 9", null,
                    ProvisionalApplication.AT_SIGNATURE_OR_CONSENT, "Art. 7", true, true)
                    .withProvisionalApplication(ProvisionalApplication.AT_CONSENT, "Art. 7"));

    @Test
    void a_registration_reads_back_without_the_instrument_being_known() throws Exception {
        InstrumentRegistered event = new InstrumentRegistered("JSON-TEST-1", NEVER_REGISTERED, null,
                Source.of("Text"), Recorder.of("admin"));

        String stored = json.writeValueAsString(event);

        assertThat(InstrumentCatalogue.contains("JSON-TEST-1")).isFalse();
        assertThat(json.readValue(stored, InstrumentRegistered.class)).isEqualTo(event);
        assertThat(stored).contains("\"period\":\"P6M\"").doesNotContain("\"none\"");
    }

    @Test
    void an_amendment_reads_back_with_its_delays() throws Exception {
        InstrumentDefinition withNotice = new InstrumentDefinition("JSON-TEST-1", "Protocol VI", "Protocol VI",
                InstrumentKind.PROTOCOL, JoiningProcedure.CONSENT_TO_BE_BOUND, ValidDate.parse("2030-01-01"), null,
                null, null, null, null, FinalClauses.of("Art. 5", EntryIntoForceRule.onDeposit(), "Art. 9",
                Delay.years(1)));
        InstrumentAmended event = new InstrumentAmended("JSON-TEST-1", withNotice,
                List.of("clauses.withdrawalNotice"), Reason.of("Read in the text"), Source.of("Text"),
                Recorder.of("admin"));

        assertThat(json.readValue(json.writeValueAsString(event), InstrumentAmended.class)).isEqualTo(event);
    }
}
