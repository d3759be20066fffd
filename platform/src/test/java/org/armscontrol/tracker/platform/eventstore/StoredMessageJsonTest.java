package org.armscontrol.tracker.platform.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.armscontrol.tracker.shared.participation.InstrumentAdheredTo;
import org.armscontrol.tracker.shared.participation.RegimeJoined;
import org.armscontrol.tracker.shared.participation.RegimeLeft;
import org.armscontrol.tracker.shared.participation.TreatyAccededTo;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.participation.TreatyActionCorrected;
import org.armscontrol.tracker.shared.participation.TreatyActionTaken;
import org.armscontrol.tracker.shared.participation.TreatyActionVoided;
import org.armscontrol.tracker.shared.participation.TreatyRatified;
import org.armscontrol.tracker.shared.participation.TreatySigned;
import org.armscontrol.tracker.shared.participation.TreatySucceededTo;
import org.armscontrol.tracker.shared.participation.WithdrawnFromTreaty;
import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.statement.StatementAmended;
import org.armscontrol.tracker.shared.statement.StatementContent;
import org.armscontrol.tracker.shared.statement.StatementId;
import org.armscontrol.tracker.shared.statement.StatementRecorded;
import org.armscontrol.tracker.shared.statement.StatementRetracted;
import org.armscontrol.tracker.shared.stockpile.MunitionCategory;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclaration;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclarationRevised;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclarationVoided;
import org.armscontrol.tracker.shared.vote.ResolutionSymbol;
import org.armscontrol.tracker.shared.vote.VoteId;
import org.armscontrol.tracker.shared.vote.VoteVoided;
import org.armscontrol.tracker.shared.participation.ReservationId;
import org.armscontrol.tracker.shared.participation.ReservationVoided;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclared;
import org.armscontrol.tracker.shared.stockpile.StockpileDestructionReported;
import org.armscontrol.tracker.shared.stockpile.StockpileStatus;
import org.armscontrol.tracker.shared.stockpile.WeaponSystem;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event survives the trip to the event store and back, in a JSON shape people can read. */
class StoredMessageJsonTest {

    private static final ObjectMapper JSON = StoredMessageJson.objectMapper();
    private static final CountryCode BLR = CountryCode.of("BLR");
    private static final InstrumentId CCW = InstrumentId.of("CCW");
    private static final Source SOURCE = new Source("UN Treaty Collection", "https://treaties.un.org/");
    private static final Recorder ALICE = Recorder.of("alice");
    private static final ValidDate DAY = ValidDate.parse("2008-09-29");
    private static final ValidDate YEAR = ValidDate.of(LocalDate.of(2000, 1, 1), DatePrecision.YEAR);
    private static final Reason REASON = Reason.of("checked");
    private static final StatementContent CONTENT = new StatementContent(DAY, "CCW GGE", "Geneva", null,
            List.of(CCW), Stance.CONDITIONAL, "Summary", null, SOURCE);
    private static final StockpileDeclaration DECLARATION = new StockpileDeclaration(MunitionCategory.CLUSTER_MUNITION,
            null, StockpileStatus.IN_SERVICE, "inherited from the USSR", YEAR, SOURCE);
    private static final WeaponSystem RBK = WeaponSystem.of("RBK-500");
    private static final StatementId STATEMENT = StatementId.parse("1b7f4c9e-3a52-4d43-9d1e-8b0c2f5a6e71");

    static Stream<Object> everyEvent() {
        return Stream.of(
                new TreatySigned(BLR, CCW, DAY, SOURCE, "note", ALICE),
                new TreatyRatified(BLR, CCW, TreatyAction.APPROVED, DAY, SOURCE, null, ALICE),
                new TreatyAccededTo(BLR, CCW, DAY, SOURCE, null, ALICE),
                new TreatySucceededTo(BLR, CCW, DAY, SOURCE, null, ALICE),
                new WithdrawnFromTreaty(BLR, CCW, DAY, ValidDate.parse("2009-03-29"), SOURCE, null, ALICE),
                new RegimeJoined(BLR, InstrumentId.of("NSG"), YEAR, SOURCE, null, ALICE),
                new RegimeLeft(BLR, InstrumentId.of("NSG"), DAY, DAY, SOURCE, null, ALICE),
                new InstrumentAdheredTo(BLR, InstrumentId.of("HCOC"), DAY, SOURCE, null, ALICE),
                new TreatyActionCorrected(BLR, CCW, TreatyAction.RATIFIED, 1, DAY, DAY, DAY, DAY, REASON, SOURCE, ALICE,
                        null, null, null),
                new TreatyActionCorrected(BLR, CCW, TreatyAction.RATIFIED, 1, DAY, DAY, DAY, DAY, REASON, SOURCE, ALICE,
                        TreatyAction.ACCEPTED, "old note", "new note"),
                new TreatyActionTaken(BLR, InstrumentId.of("CCW-P5"), TreatyAction.CONSENTED_TO_BE_BOUND, DAY, DAY,
                        SOURCE, null, ALICE),
                new TreatyActionVoided(BLR, CCW, TreatyAction.RATIFIED, 1, DAY, REASON, SOURCE, ALICE),
                new StatementRecorded(STATEMENT, BLR, CONTENT, ALICE),
                new StatementAmended(STATEMENT, BLR, CONTENT, List.of("stance"), REASON, ALICE),
                new StatementRetracted(STATEMENT, BLR, DAY, REASON, null, ALICE),
                new StockpileDeclared(BLR, RBK, DECLARATION, ALICE),
                new StockpileDeclared(BLR, RBK, new StockpileDeclaration(MunitionCategory.CLUSTER_MUNITION, 120L,
                        StockpileStatus.POSSESSED, null, YEAR, SOURCE, "not known whether these include submunition "
                        + "versions"), ALICE),
                new StockpileDestructionReported(BLR, RBK, 10L, null, false, DAY, SOURCE, null, ALICE),
                new StockpileDeclarationRevised(BLR, RBK, DECLARATION, List.of("origin"), REASON, ALICE),
                new StockpileDeclarationVoided(BLR, RBK, YEAR, REASON, SOURCE, ALICE),
                new VoteVoided(VoteId.of(BLR, ResolutionSymbol.of("A/RES/79/56")), BLR,
                        ResolutionSymbol.of("A/RES/79/56"), DAY, REASON, SOURCE, ALICE),
                new ReservationVoided(BLR, CCW, ReservationId.parse("R2"), DAY, REASON, SOURCE, ALICE));
    }

    @ParameterizedTest
    @MethodSource("everyEvent")
    void every_event_reads_back_equal(Object event) throws Exception {
        byte[] stored = JSON.writeValueAsBytes(event);
        assertThat(JSON.readValue(stored, event.getClass())).isEqualTo(event);
    }

    @Test
    void values_are_written_as_people_write_them() throws Exception {
        JsonNode json = JSON.readTree(JSON.writeValueAsBytes(new RegimeJoined(BLR, InstrumentId.of("NSG"), YEAR,
                SOURCE, null, ALICE)));
        assertThat(json.path("country").asText()).isEqualTo("BLR");
        assertThat(json.path("instrument").asText()).isEqualTo("NSG");
        assertThat(json.path("date").path("date").asText()).isEqualTo("2000-01-01");
        assertThat(json.path("date").path("precision").asText()).isEqualTo("YEAR");
        assertThat(json.path("recordedBy").asText()).isEqualTo("alice");
        assertThat(json.path("source").path("citation").asText()).isEqualTo("UN Treaty Collection");
    }

    @Test
    void a_field_added_by_a_later_version_is_ignored_by_an_older_reader() throws Exception {
        String newer = "{\"country\":\"BLR\",\"instrument\":\"NSG\",\"date\":{\"date\":\"2000-01-01\",\"precision\":\"YEAR\"},"
                + "\"source\":{\"citation\":\"MFA\"},\"recordedBy\":\"alice\",\"plenary\":\"Paris\"}";
        assertThat(JSON.readValue(newer, RegimeJoined.class).country()).isEqualTo(BLR);
    }

    @Test
    void a_stockpile_declaration_stored_before_notes_existed_reads_with_none() throws Exception {
        String stored = "{\"country\":\"BLR\",\"weaponSystem\":\"RBK-500\",\"declaration\":{\"category\":"
                + "\"CLUSTER_MUNITION\",\"quantity\":null,\"status\":\"IN_SERVICE\",\"origin\":\"inherited from the USSR\","
                + "\"date\":{\"date\":\"2000-01-01\",\"precision\":\"YEAR\"},\"source\":{\"citation\":"
                + "\"UN Treaty Collection\",\"url\":\"https://treaties.un.org/\"}},\"recordedBy\":\"alice\"}";
        assertThat(JSON.readValue(stored, StockpileDeclared.class))
                .isEqualTo(new StockpileDeclared(BLR, RBK, DECLARATION, ALICE));
    }
}
