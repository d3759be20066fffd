package org.armscontrol.tracker.command.imports;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.armscontrol.tracker.platform.web.SpreadsheetText;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rows of an import that were not written for a problem, as CSV for a clerk to fix and import again: those
 * REJECTED, with the problem their write answered, and those held back as PROBABLE_DUPLICATE, with the warning.
 * Text cells go through {@link SpreadsheetText}, since a detail echoes what the file held.
 */
final class RowsNotWritten {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Line.class).withHeader().withLineSeparator("\r\n");

    private RowsNotWritten() {
    }

    static byte[] csv(ImportReport report) {
        List<Line> lines = (report.results() == null ? List.<RowResult>of() : report.results()).stream()
                .filter(result -> result.outcome() == Outcome.REJECTED || result.outcome() == Outcome.PROBABLE_DUPLICATE)
                .map(RowsNotWritten::line)
                .toList();
        try {
            return CSV.writer(SCHEMA).writeValueAsBytes(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the rows not written of import " + report.importId(), e);
        }
    }

    private static Line line(RowResult result) {
        RowError error = result.error();
        RowWarning warning = result.warning();
        String detail = error != null ? error.detail() : warning == null ? null : warning.detail();
        String fields = error == null || error.errors() == null ? null : error.errors().stream()
                .map(problem -> problem.field() + ": " + problem.message()).collect(Collectors.joining("; "));
        return new Line(result.row(), result.line(), SpreadsheetText.cell(result.key()),
                SpreadsheetText.cell(result.kind()), result.outcome(), error == null ? null : error.status(),
                error != null ? error.rule() : warning == null ? null : warning.code(),
                error == null ? null : SpreadsheetText.cell(error.field()),
                error == null ? null : error.column(), SpreadsheetText.cell(detail), SpreadsheetText.cell(fields));
    }

    /** One row not written: where it is in the file, and why. */
    @JsonPropertyOrder({"row", "line", "key", "kind", "outcome", "status", "rule", "field", "column", "detail",
            "errors"})
    record Line(int row, Integer line, String key, String kind, Outcome outcome, Integer status, String rule,
                String field, String column, String detail, String errors) {
    }
}
