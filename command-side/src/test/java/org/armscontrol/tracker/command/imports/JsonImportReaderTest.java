package org.armscontrol.tracker.command.imports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.armscontrol.tracker.command.web.CommandProblemHandler;
import org.armscontrol.tracker.command.web.CorrectionRequest;
import org.armscontrol.tracker.command.web.ParticipationCorrection;
import org.armscontrol.tracker.command.web.ParticipationReservation;
import org.armscontrol.tracker.command.web.ReservationRequest;
import org.armscontrol.tracker.command.web.SourceBody;
import org.armscontrol.tracker.command.web.TreatyActionRequest;
import org.armscontrol.tracker.command.web.WriteProblems;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the rows of an import JSON file become the bodies of single writes. */
class JsonImportReaderTest {

    /** As strict as the API's own mapper (tracker-common.yml): unknown fields are errors. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new Jdk8Module().configureReadAbsentAsNull(true))
            .build();

    private final JsonImportReader reader = new JsonImportReader(STRICT,
            new WriteProblems(new CommandProblemHandler()));

    @Test
    void a_body_is_read_as_its_single_write_reads_it_and_a_correction_names_its_participation() {
        ImportFile file = read("""
                {"description": "two rows", "rows": [
                  {"key": "ltu-ccm-signed", "kind": "treaty-action", "body": {"country": "LTU", "instrument": "CCM",
                   "action": "SIGNED", "date": "2008-12-03", "source": {"citation": "UN Treaty Collection"}}},
                  {"key": "ltu-ccm-fix", "kind": "correction", "country": "LTU", "instrument": "CCM",
                   "body": {"action": "SIGNED", "date": "2008-12-04", "reason": "Typo",
                            "source": {"citation": "Depositary"}}}
                ]}""");

        assertThat(file.format()).isEqualTo(ImportFormat.JSON);
        assertThat(file.rows()).extracting(ImportRow::problem).containsOnlyNulls();
        assertThat(file.rows()).extracting(ImportRow::row).containsExactly(1, 2);
        assertThat(file.rows().get(0).body()).isEqualTo(new TreatyActionRequest("LTU", "CCM", "SIGNED", "2008-12-03",
                null, null, new SourceBody("UN Treaty Collection", null), null));
        assertThat(file.rows().get(1).body()).isEqualTo(new ParticipationCorrection("LTU", "CCM",
                new CorrectionRequest("SIGNED", null, "2008-12-04", null, null, null, null, "Typo", new SourceBody("Depositary", null))));
    }

    @Test
    void a_reservation_row_names_its_participation_as_a_correction_does() {
        ImportFile file = read("""
                {"rows": [
                  {"key": "dnk-ccm-faroes", "kind": "reservation", "country": "DNK", "instrument": "CCM",
                   "body": {"kind": "TERRITORIAL_DECLARATION", "text": "Not applicable to the Faroe Islands.",
                            "date": "2010-02-12", "madeWith": "RATIFIED", "source": {"citation": "UNTC"}}}
                ]}""");

        assertThat(file.rows().get(0).problem()).isNull();
        assertThat(file.rows().get(0).body()).isEqualTo(new ParticipationReservation("DNK", "CCM",
                new ReservationRequest("TERRITORIAL_DECLARATION", "Not applicable to the Faroe Islands.",
                        "2010-02-12", null, "RATIFIED", new SourceBody("UNTC", null))));
    }

    @Test
    void a_bad_row_is_rejected_on_its_own_with_the_field_named_as_the_single_write_names_it() {
        ImportFile file = read("""
                {"rows": [
                  {"key": "a", "kind": "statement", "body": {"country": "BLR", "speach": "x"}},
                  {"key": "b", "kind": "stockpile-declaration", "body": {"quantity": "many"}},
                  {"key": "c", "kind": "treaty-action"},
                  {"key": "d", "kind": "treaty-action", "country": "BLR", "body": {}},
                  {"kind": "nonsense", "body": {}},
                  "not a row"
                ]}""");

        assertThat(errorOf(file, 1).field()).isEqualTo("speach");
        assertThat(errorOf(file, 1).detail()).contains("unknown field 'speach'");
        assertThat(errorOf(file, 2).field()).isEqualTo("quantity");
        assertThat(errorOf(file, 3).field()).isEqualTo("body");
        assertThat(errorOf(file, 4).field()).isEqualTo("country");
        assertThat(errorOf(file, 5).errors()).extracting(error -> error.field()).containsExactly("key", "kind");
        assertThat(errorOf(file, 6).field()).isEqualTo("row");
    }

    @Test
    void a_file_that_is_not_an_object_with_rows_is_unreadable() {
        assertThatThrownBy(() -> read("[1, 2]")).isInstanceOf(ImportFileException.class);
        assertThatThrownBy(() -> read("{\"rows\": [")).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.getMessage()).contains("not valid JSON"));
        assertThatThrownBy(() -> read("{\"entries\": []}")).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.field()).isEqualTo("entries"));
        assertThatThrownBy(() -> read("{\"rows\": []}")).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.field()).isEqualTo("rows"));
    }

    private ImportFile read(String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static RowError errorOf(ImportFile file, int row) {
        return RowError.of(file.rows().get(row - 1).problem(), ImportFormat.JSON);
    }
}
