package org.armscontrol.tracker.command.imports;

import org.armscontrol.tracker.command.web.CommandProblemHandler;
import org.armscontrol.tracker.command.web.CorrectionRequest;
import org.armscontrol.tracker.command.web.ParticipationCorrection;
import org.armscontrol.tracker.command.web.ParticipationReservation;
import org.armscontrol.tracker.command.web.ReservationRequest;
import org.armscontrol.tracker.command.web.SourceBody;
import org.armscontrol.tracker.command.web.StatementRequest;
import org.armscontrol.tracker.command.web.StockpileDeclarationRequest;
import org.armscontrol.tracker.command.web.TreatyActionRequest;
import org.armscontrol.tracker.command.web.VoteRequest;
import org.armscontrol.tracker.command.web.WriteProblems;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the rows of an import CSV file become the bodies of single writes. */
class CsvImportReaderTest {

    private final CsvImportReader reader = new CsvImportReader(new WriteProblems(new CommandProblemHandler()));

    @Test
    void each_kind_of_row_becomes_the_body_its_single_write_takes() {
        ImportFile file = reader.read("""
                key,kind,country,instrument,action,date,datePrecision,effectiveDate,wrongDate,reason,note,forum,location,speaker,speakerRole,instruments,stance,summary,quote,weaponSystem,category,quantity,status,origin,sourceCitation,sourceUrl
                a,treaty-action,LTU,CCM,SIGNED,2008-12-03,,,,,a note,,,,,,,,,,,,,,UN Treaty Collection,https://treaties.un.org
                b,statement,BLR,,,2008-01-17,,,,,,CCW GGE,Geneva,Ivan Grinevich,Counselor,CCW;CCW-P5,CONDITIONAL,"Humanitarian concerns, met",,,,,,,Notes by WILPF,
                c,stockpile-declaration,UKR,,,2004-01-01,YEAR,,,,,,,,,,,,,RBK-500,CLUSTER_MUNITION,1200,IN_SERVICE,inherited from the USSR,Jane's,
                d,correction,LTU,CCM,RATIFIED,2011-03-24,,,2011-03-25,Typo,,,,,,,,,,,,,,,Depositary notification,
                """);

        assertThat(file.format()).isEqualTo(ImportFormat.CSV);
        assertThat(file.rows()).extracting(ImportRow::problem).containsOnlyNulls();
        assertThat(file.rows()).extracting(ImportRow::row).containsExactly(1, 2, 3, 4);
        assertThat(file.rows()).extracting(ImportRow::line).containsExactly(2, 3, 4, 5);
        assertThat(file.rows().get(0).body()).isEqualTo(new TreatyActionRequest("LTU", "CCM", "SIGNED", "2008-12-03",
                null, null, new SourceBody("UN Treaty Collection", "https://treaties.un.org"), "a note"));
        assertThat(file.rows().get(1).body()).isEqualTo(new StatementRequest("BLR", "2008-01-17", null, "CCW GGE",
                "Geneva", "Ivan Grinevich", "Counselor", List.of("CCW", "CCW-P5"), "CONDITIONAL",
                "Humanitarian concerns, met", null, new SourceBody("Notes by WILPF", null)));
        assertThat(file.rows().get(2).body()).isEqualTo(new StockpileDeclarationRequest("UKR", "RBK-500",
                "CLUSTER_MUNITION", 1200L, "IN_SERVICE", "inherited from the USSR", "2004-01-01", "YEAR",
                new SourceBody("Jane's", null), null));
        assertThat(file.rows().get(3).body()).isEqualTo(new ParticipationCorrection("LTU", "CCM",
                new CorrectionRequest("RATIFIED", "2011-03-25", "2011-03-24", null, null, null, null, "Typo", new SourceBody("Depositary notification", null))));
    }

    @Test
    void a_reservation_row_names_its_participation_and_its_kind_has_a_column_of_its_own() {
        ImportFile file = reader.read("""
                key,kind,country,instrument,reservationKind,text,date,madeWith,sourceCitation,action
                r1,reservation,DNK,CCM,TERRITORIAL_DECLARATION,"Not applicable to the Faroe Islands.",2010-02-12,RATIFIED,UN Treaty Collection,
                r2,reservation,DNK,CCM,DECLARATION,text,2010-02-12,,UN Treaty Collection,RATIFIED
                """);

        assertThat(file.rows().get(0).problem()).isNull();
        assertThat(file.rows().get(0).body()).isEqualTo(new ParticipationReservation("DNK", "CCM",
                new ReservationRequest("TERRITORIAL_DECLARATION", "Not applicable to the Faroe Islands.",
                        "2010-02-12", null, "RATIFIED", new SourceBody("UN Treaty Collection", null))));
        assertThat(RowError.of(file.rows().get(1).problem(), ImportFormat.CSV).field()).isEqualTo("action");
    }

    @Test
    void a_vote_row_becomes_the_body_of_post_api_votes_and_takes_only_its_columns() {
        ImportFile file = reader.read("""
                key,kind,country,resolution,title,date,vote,instruments,sourceCitation,forum
                v1,vote,BLR,A/RES/79/56,"Implementation of the Convention on Cluster Munitions",2024-12-02,ABSTAIN,CCM,UN Digital Library,
                v2,vote,BLR,A/RES/78/32,,2023-12-04,ABSTAIN,CCM;CCW,UN Digital Library,CCW GGE
                """);

        assertThat(file.rows().get(0).problem()).isNull();
        assertThat(file.rows().get(0).body()).isEqualTo(new VoteRequest("BLR", "A/RES/79/56",
                "Implementation of the Convention on Cluster Munitions", "2024-12-02", null, "ABSTAIN",
                List.of("CCM"), new SourceBody("UN Digital Library", null)));
        assertThat(errorOf(file, 2).field()).isEqualTo("forum");
        assertThat(errorOf(file, 2).column()).isEqualTo("forum");
        assertThat(errorOf(file, 2).detail()).contains("a vote row takes no forum");
    }

    @Test
    void columns_come_in_any_order_and_only_those_needed() {
        ImportFile file = reader.read("""
                sourceCitation,date,action,instrument,country,kind,key
                UN Treaty Collection,2008-12-03,SIGNED,CCM,LTU,treaty-action,ltu-ccm-signed
                """);

        assertThat(file.rows().get(0).key()).isEqualTo("ltu-ccm-signed");
        assertThat(file.rows().get(0).body()).isEqualTo(new TreatyActionRequest("LTU", "CCM", "SIGNED", "2008-12-03",
                null, null, new SourceBody("UN Treaty Collection", null), null));
    }

    @Test
    void an_empty_cell_is_an_absent_field_and_spaces_are_kept_as_sent() {
        ImportFile file = reader.read("""
                key,kind,country,instrument,action,date,sourceCitation
                k,treaty-action, LTU,CCM,SIGNED,,
                """);

        assertThat(file.rows().get(0).body()).isEqualTo(new TreatyActionRequest(" LTU", "CCM", "SIGNED", null, null,
                null, null, null));
    }

    @Test
    void instruments_are_separated_by_semicolons_and_an_empty_one_stays_to_be_refused() {
        ImportFile file = reader.read("""
                key,kind,instruments
                k,statement,CCW;;NPT
                """);

        assertThat(((StatementRequest) file.rows().get(0).body()).instruments()).containsExactly("CCW", "", "NPT");
    }

    @Test
    void a_quoted_cell_may_hold_commas_quotes_and_line_breaks_and_the_next_row_keeps_its_line() {
        ImportFile file = reader.read("""
                key,kind,summary
                a,statement,"He said ""no"",
                twice"
                b,statement,short
                """);

        assertThat(((StatementRequest) file.rows().get(0).body()).summary()).isEqualTo("He said \"no\",\ntwice");
        assertThat(file.rows()).extracting(ImportRow::line).containsExactly(2, 4);
    }

    @Test
    void an_unknown_column_makes_the_whole_file_unreadable_naming_it() {
        assertThatThrownBy(() -> reader.read("key,kind,citation\nk,treaty-action,x\n"))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.field()).isEqualTo("citation");
                    assertThat(e.getMessage()).contains("unknown column 'citation'");
                });
    }

    @Test
    void a_header_without_key_or_kind_a_repeated_column_or_no_rows_is_unreadable() {
        assertThatThrownBy(() -> reader.read("kind,country\nstatement,BLR\n"))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.field()).isEqualTo("key"));
        assertThatThrownBy(() -> reader.read("key,country\nk,BLR\n"))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> reader.read("key,kind,date,date\nk,statement,,\n"))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.field()).isEqualTo("date"));
        assertThatThrownBy(() -> reader.read("key,kind\n"))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.getMessage()).contains("no rows"));
        assertThatThrownBy(() -> reader.read(""))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.getMessage()).contains("empty"));
    }

    @Test
    void a_bad_row_is_rejected_on_its_own_naming_the_field_and_column() {
        ImportFile file = reader.read("""
                key,kind,country,weaponSystem,quantity,forum
                ok,stockpile-declaration,BLR,RBK-500,10,
                ,stockpile-declaration,BLR,RBK-500,10,
                bad kind,pamphlet,BLR,,,
                q,stockpile-declaration,BLR,RBK-500,ten,
                f,stockpile-declaration,BLR,RBK-500,10,CCW GGE
                short,statement
                """);

        assertThat(file.rows().get(0).problem()).isNull();
        assertThat(errorOf(file, 2).field()).isEqualTo("key");
        assertThat(errorOf(file, 3).errors()).extracting(error -> error.field()).containsExactly("key", "kind");
        assertThat(errorOf(file, 4).field()).isEqualTo("quantity");
        assertThat(errorOf(file, 4).detail()).contains("'ten' is not a whole number");
        assertThat(errorOf(file, 5).field()).isEqualTo("forum");
        assertThat(errorOf(file, 5).detail()).contains("a stockpile-declaration row takes no forum");
        assertThat(errorOf(file, 6).field()).isEqualTo("row");
        assertThat(errorOf(file, 6).status()).isEqualTo(400);
    }

    @Test
    void problems_name_the_column_that_holds_the_field() {
        assertThat(CsvColumns.columnOf("source.citation")).isEqualTo("sourceCitation");
        assertThat(CsvColumns.columnOf("source")).isEqualTo("sourceCitation");
        assertThat(CsvColumns.columnOf("source.url")).isEqualTo("sourceUrl");
        assertThat(CsvColumns.columnOf("instruments[1]")).isEqualTo("instruments");
        assertThat(CsvColumns.columnOf("date")).isEqualTo("date");
        assertThat(CsvColumns.columnOf("Idempotency-Key")).isNull();
    }

    private static RowError errorOf(ImportFile file, int row) {
        return RowError.of(file.rows().get(row - 1).problem(), ImportFormat.CSV);
    }

    @Test
    void a_depositary_table_is_read_as_it_is_each_row_with_its_kind_and_a_key_of_its_own() {
        ImportFile file = reader.read("""
                mtdsg,instrument,country_name,country_iso3,action,date,untc_marker,source
                XXVI-6,CCM,Belize,BLZ,PROVISIONALLY_APPLIED,2014-09-02,n,"UN Treaty Collection, XXVI-6 (https://treaties.un.org/x.xml)"
                XXVI-2-d,CCW-PROTOCOL-V,Belarus,BLR,CONSENTED_TO_BE_BOUND,2008-09-29,P,UN Treaty Collection
                XXVI-6,CCM,Belize,BLZ,ACCEDED,2014-09-02,A,UN Treaty Collection
                XXVI-99,X,Belize,BLZ,ACCEDED,2014-09-02,a,UN Treaty Collection
                """);

        assertThat(file.rows()).hasSize(4);
        assertThat(file.rows().get(0).problem()).isNull();
        assertThat(file.rows().get(0).key()).isEqualTo("untc:XXVI-6:BLZ:PROVISIONALLY_APPLIED:2014-09-02");
        assertThat(file.rows().get(0).body()).isEqualTo(new TreatyActionRequest("BLZ", "CCM",
                "PROVISIONALLY_APPLIED", "2014-09-02", null, null,
                new SourceBody("UN Treaty Collection, XXVI-6", "https://treaties.un.org/x.xml"), null));
        assertThat(file.rows().get(1).body()).isEqualTo(new TreatyActionRequest("BLR", "CCW-P5",
                "CONSENTED_TO_BE_BOUND", "2008-09-29", null, null, new SourceBody("UN Treaty Collection", null),
                null));
        // A marker that is not the kind's, and a table reference of no instrument, are the row's problems.
        assertThat(file.rows().get(2).problem().getProperties()).containsEntry("field", "untc_marker");
        assertThat(file.rows().get(3).problem().getProperties()).containsEntry("field", "mtdsg");
    }
}
