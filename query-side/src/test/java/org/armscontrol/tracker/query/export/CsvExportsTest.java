package org.armscontrol.tracker.query.export;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.query.CountryHistory;
import org.armscontrol.tracker.shared.query.HistoryChange;
import org.armscontrol.tracker.shared.query.HistoryChangeKind;
import org.armscontrol.tracker.shared.query.HistoryEntry;
import org.armscontrol.tracker.shared.query.HistoryEntryKind;
import org.armscontrol.tracker.shared.query.CountingBasis;
import org.armscontrol.tracker.shared.query.InForce;
import org.armscontrol.tracker.shared.query.InstrumentParticipants;
import org.armscontrol.tracker.shared.query.Participant;
import org.armscontrol.tracker.shared.query.StatementDetails;
import org.armscontrol.tracker.shared.query.StockpileDeclarationDetails;
import org.armscontrol.tracker.shared.query.TreatyActionDetails;
import org.armscontrol.tracker.shared.query.VoteDetails;
import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.statement.StatementId;
import org.armscontrol.tracker.shared.stockpile.MunitionCategory;
import org.armscontrol.tracker.shared.stockpile.StockpileStatus;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.vote.ResolutionSymbol;
import org.armscontrol.tracker.shared.vote.VoteCast;
import org.armscontrol.tracker.shared.vote.VoteId;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV exports, written and read back with the same library a client would use. */
class CsvExportsTest {

    private static final CountryCode BLR = CountryCode.of("BLR");
    private static final Instant RECORDED = Instant.parse("2026-11-23T09:01:00Z");

    @Test
    void each_kind_of_entry_fills_its_own_columns_and_the_common_ones() throws IOException {
        HistoryEntry ratification = new HistoryEntry("BLR:CCW-P5#0", HistoryEntryKind.TREATY_ACTION,
                List.of(InstrumentId.of("CCW-P5")), date("2008-09-29"), DatePrecision.DAY,
                new TreatyActionDetails(TreatyAction.RATIFIED, ParticipationStatus.PARTY, date("2008-09-29"),
                        DatePrecision.DAY, null, date("2008-09-30"), DatePrecision.DAY, date("2008-09-30")),
                new Source("UN Treaty Collection", "https://treaties.un.org"), RECORDED, "alice",
                List.of(change("Typo"), change("Checked again")));
        HistoryEntry statement = new HistoryEntry(StatementId.random().toString(), HistoryEntryKind.STATEMENT,
                List.of(InstrumentId.of("CCW-P5"), InstrumentId.of("CCM")), date("2008-01-17"), DatePrecision.DAY,
                new StatementDetails(null, "CCW GGE, \"Geneva\"", "Geneva", null, null, Stance.CONDITIONAL,
                        "Line one,\nline two", null, 0, false),
                Source.of("Notes"), RECORDED, "bob", List.of());
        HistoryEntry stockpile = new HistoryEntry("BLR:RBK-500#0", HistoryEntryKind.STOCKPILE_DECLARATION,
                List.of(InstrumentId.of("CCM")), date("2004-01-01"), DatePrecision.YEAR,
                new StockpileDeclarationDetails("BLR:RBK-500", "RBK-500", MunitionCategory.CLUSTER_MUNITION, 50L,
                        StockpileStatus.IN_SERVICE, "inherited from the USSR", null),
                Source.of("Jane's"), RECORDED, "alice", List.of());

        String csv = new String(CsvExports.of(new CountryHistory(BLR, null, List.of(stockpile, statement,
                ratification))), StandardCharsets.UTF_8);
        List<Map<String, String>> rows = parse(csv);

        assertThat(csv).startsWith("id,kind,date,datePrecision,instruments,action,status,effectiveDate,originalDate,"
                + "forum,location,speaker,stance,summary,quote,retracted,weaponSystem,category,quantity,completed,"
                + "origin,note,sourceCitation,sourceUrl,recordedAt,recordedBy,changes,lastChangeReason,resolution,title,vote,"
                + "country,countryName,reservationId,reservationKind,reservationText,madeWith,withdrawnOn\r\n");
        // RFC 4180: quoted only where needed, quotes doubled, line breaks kept inside quotes.
        assertThat(csv).contains("\r\nBLR:RBK-500#0,STOCKPILE_DECLARATION,2004-01-01,YEAR,CCM,")
                .contains(",\"CCW GGE, \"\"Geneva\"\"\",Geneva,")
                .contains(",\"Line one,\nline two\",");
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row)
                .containsEntry("country", "BLR").containsEntry("countryName", "Belarus"));
        assertThat(rows.get(0)).containsEntry("kind", "STOCKPILE_DECLARATION").containsEntry("datePrecision", "YEAR")
                .containsEntry("weaponSystem", "RBK-500").containsEntry("quantity", "50")
                .containsEntry("status", "IN_SERVICE").containsEntry("origin", "inherited from the USSR")
                .containsEntry("action", "").containsEntry("changes", "0").containsEntry("lastChangeReason", "");
        assertThat(rows.get(1)).containsEntry("instruments", "CCW-P5;CCM")
                .containsEntry("forum", "CCW GGE, \"Geneva\"").containsEntry("summary", "Line one,\nline two")
                .containsEntry("stance", "CONDITIONAL").containsEntry("retracted", "false")
                .containsEntry("recordedBy", "bob");
        assertThat(rows.get(2)).containsEntry("id", "BLR:CCW-P5#0").containsEntry("action", "RATIFIED")
                .containsEntry("status", "PARTY").containsEntry("date", "2008-09-29")
                .containsEntry("originalDate", "2008-09-30").containsEntry("sourceUrl", "https://treaties.un.org")
                .containsEntry("recordedAt", "2026-11-23T09:01:00Z").containsEntry("changes", "2")
                .containsEntry("lastChangeReason", "Checked again");
    }

    @Test
    void a_vote_fills_the_resolution_its_title_and_the_vote_and_leaves_the_other_kinds_columns_empty()
            throws IOException {
        HistoryEntry vote = new HistoryEntry("BLR:A_RES_79_56", HistoryEntryKind.VOTE, List.of(InstrumentId.of("CCM")),
                date("2024-12-02"), DatePrecision.DAY,
                new VoteDetails(VoteId.parse("BLR:A_RES_79_56"), ResolutionSymbol.of("A/RES/79/56"),
                        "=Implementation of the Convention on Cluster Munitions", VoteCast.ABSTAIN, 1),
                Source.of("UN Digital Library"), RECORDED, "alice", List.of(change("Voting record re-read")));

        Map<String, String> row = parse(new String(CsvExports.of(new CountryHistory(BLR, null, List.of(vote))),
                StandardCharsets.UTF_8)).get(0);

        assertThat(row).containsEntry("kind", "VOTE").containsEntry("resolution", "A/RES/79/56")
                .containsEntry("title", "'=Implementation of the Convention on Cluster Munitions")
                .containsEntry("vote", "ABSTAIN").containsEntry("instruments", "CCM")
                .containsEntry("changes", "1").containsEntry("lastChangeReason", "Voting record re-read")
                .containsEntry("action", "").containsEntry("stance", "").containsEntry("quantity", "");
    }

    @Test
    void text_a_spreadsheet_would_take_for_a_formula_gets_a_leading_apostrophe() throws IOException {
        HistoryEntry statement = new HistoryEntry("s", HistoryEntryKind.STATEMENT, List.of(InstrumentId.of("CCM")),
                date("2008-01-17"), DatePrecision.DAY,
                new StatementDetails(null, "+forum", null, "@speaker", null, Stance.OPPOSES,
                        "=HYPERLINK(\"http://evil.example\",\"click\")", "-2+3", 0, false),
                Source.of("Notes = minutes"), RECORDED, "alice", List.of(change("=1+1")));

        Map<String, String> row = parse(new String(CsvExports.of(new CountryHistory(BLR, null, List.of(statement))),
                StandardCharsets.UTF_8)).get(0);

        assertThat(row).containsEntry("summary", "'=HYPERLINK(\"http://evil.example\",\"click\")")
                .containsEntry("forum", "'+forum").containsEntry("speaker", "'@speaker")
                .containsEntry("quote", "'-2+3").containsEntry("lastChangeReason", "'=1+1")
                // Only the first character matters.
                .containsEntry("sourceCitation", "Notes = minutes");
    }

    @Test
    void participants_repeat_the_instrument_and_the_dates_of_the_answer_on_every_row() throws IOException {
        Instant knownAt = Instant.parse("2026-01-01T00:00:00Z");
        InstrumentParticipants answer = new InstrumentParticipants(InstrumentId.of("CCM"), date("2025-03-06"),
                knownAt, CountingBasis.DEPOSITED, Map.of(), List.of(
                new Participant(CountryCode.of("LTU"), ParticipationStatus.WITHDRAWN, date("2025-03-06"),
                        DatePrecision.DAY, TreatyAction.WITHDREW, InForce.NOT),
                new Participant(CountryCode.of("NOR"), ParticipationStatus.PARTY, date("2008-12-03"),
                        DatePrecision.DAY, TreatyAction.RATIFIED, new InForce(true, date("2010-08-01"), null))
                        .withDates(new org.armscontrol.tracker.shared.query.ParticipationDates(date("2008-12-03"),
                                TreatyAction.SIGNED, date("2008-12-03"), TreatyAction.RATIFIED, null,
                                date("2008-12-03"), null, null))),
                new org.armscontrol.tracker.shared.query.DepositaryCounts(1, 1), null);

        String csv = new String(CsvExports.of(answer), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("instrument,asOf,knownAt,country,countryName,status,since,sincePrecision,action,inForce,"
                + "inForceSince,entersIntoForce,signed,signedBy,consented,consentAction,consentMarker,"
                + "provisionallyApplied,withdrawalNotified,withdrawalEffective\r\n");
        // Norway's dates side by side, as the depositary's table shows them (signed, ratified and declared under
        // Art. 18 on the day the CCM opened).
        assertThat(parse(csv).get(1)).containsEntry("signed", "2008-12-03").containsEntry("signedBy", "SIGNED")
                .containsEntry("consentAction", "RATIFIED").containsEntry("provisionallyApplied", "2008-12-03")
                .containsEntry("consentMarker", "");
        assertThat(parse(csv)).extracting(row -> row.get("country") + " " + row.get("status") + " "
                        + row.get("since") + " " + row.get("action") + " " + row.get("asOf") + " " + row.get("knownAt")
                        + " " + row.get("inForce") + " " + row.get("inForceSince"))
                .containsExactly("LTU WITHDRAWN 2025-03-06 WITHDREW 2025-03-06 2026-01-01T00:00:00Z false ",
                        "NOR PARTY 2008-12-03 RATIFIED 2025-03-06 2026-01-01T00:00:00Z true 2010-08-01");
        assertThat(parse(csv)).extracting(row -> row.get("countryName")).containsExactly("Lithuania", "Norway");
    }

    private static List<Map<String, String>> parse(String csv) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        }
    }

    private static HistoryChange change(String reason) {
        return new HistoryChange(HistoryChangeKind.CORRECTED, List.of("date"), Map.of(), Map.of(), reason,
                Source.of("Depositary"), RECORDED, "bob");
    }

    private static LocalDate date(String date) {
        return LocalDate.parse(date);
    }
}
