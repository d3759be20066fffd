package org.armscontrol.tracker.command.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.armscontrol.tracker.command.web.WriteProblems;
import org.armscontrol.tracker.platform.web.InvalidRequestException;
import org.armscontrol.tracker.platform.web.ProblemType;
import org.armscontrol.tracker.shared.value.TextRules;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an import CSV file (RFC 4180, UTF-8, comma-separated, a header row naming the columns of
 * {@link CsvColumns}, in any order). A header without {@code key} or {@code kind}, or with an unknown or repeated
 * column, makes the whole file unreadable; a row that does not fit is rejected on its own. Lines starting with
 * {@code #} are comments.
 */
@Component
class CsvImportReader {

    private static final ObjectReader ROWS = new CsvMapper()
            .readerFor(String[].class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvParser.Feature.SKIP_EMPTY_LINES)
            // A line starting with # is a comment: the template's examples, which are never imported as they stand.
            .with(CsvParser.Feature.ALLOW_COMMENTS);

    private final WriteProblems problems;

    CsvImportReader(WriteProblems problems) {
        this.problems = problems;
    }

    ImportFile read(String text) {
        List<ImportRow> rows = new ArrayList<>();
        try (MappingIterator<String[]> records = ROWS.readValues(text)) {
            if (!records.hasNextValue()) {
                throw ImportFileException.malformed("the file is empty: it needs a header row naming the columns "
                        + "(at least key and kind) and one row per record");
            }
            String[] names = records.nextValue();
            boolean depositaryTable = UntcTable.isHeader(List.of(names));
            List<String> header = depositaryTable ? untcHeader(names) : header(names);
            while (records.hasNextValue()) {
                int line = records.getCurrentLocation().getLineNr();
                rows.add(depositaryTable ? untcRow(rows.size() + 1, line, header, records.nextValue())
                        : row(rows.size() + 1, line, header, records.nextValue()));
            }
        } catch (JsonProcessingException e) {
            throw ImportFileException.malformed("the file is not valid CSV (line " + e.getLocation().getLineNr()
                    + "): " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ImportFileException.malformed("the file cannot be read as CSV: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw ImportFileException.malformed("the file has a header but no rows");
        }
        return new ImportFile(ImportFormat.CSV, rows);
    }

    private static List<String> header(String[] names) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!CsvColumns.ALL.contains(name)) {
                throw new ImportFileException(ProblemType.INVALID_REQUEST, name,
                        "unknown column " + TextRules.echo(name) + " in the header; the columns are "
                                + String.join(", ", CsvColumns.ALL));
            }
            if (!seen.add(name)) {
                throw new ImportFileException(ProblemType.INVALID_REQUEST, name,
                        "column " + name + " appears twice in the header");
            }
        }
        for (String required : List.of("key", "kind")) {
            if (!seen.contains(required)) {
                throw new ImportFileException(ProblemType.INVALID_REQUEST, required,
                        "the header has no " + required + " column; every row needs a " + required);
            }
        }
        return List.of(names);
    }

    private static List<String> untcHeader(String[] names) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!UntcTable.COLUMNS.contains(name) || !seen.add(name)) {
                throw new ImportFileException(ProblemType.INVALID_REQUEST, name, "column " + TextRules.echo(name)
                        + " is unknown or repeated in a depositary table; its columns are "
                        + String.join(", ", UntcTable.COLUMNS));
            }
        }
        return List.of(names);
    }

    /** A row of a depositary table, read into the treaty-action row it stands for. */
    private ImportRow untcRow(int row, int line, List<String> header, String[] values) {
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(values.length, header.size()); i++) {
            if (!values[i].isEmpty()) {
                table.put(header.get(i), values[i]);
            }
        }
        String key = UntcTable.key(table);
        String kind = RowKind.TREATY_ACTION.id();
        try {
            if (values.length != header.size()) {
                throw new InvalidRequestException("row", "the row has " + values.length + " cells, the header "
                        + header.size() + " columns");
            }
            return ImportRow.readable(row, line, key, kind,
                    CsvColumns.body(RowKind.TREATY_ACTION, UntcTable.cells(table)));
        } catch (InvalidRequestException e) {
            return ImportRow.unreadable(row, line, key, kind, problems.of(e));
        }
    }

    private ImportRow row(int row, int line, List<String> header, String[] values) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(values.length, header.size()); i++) {
            if (!values[i].isEmpty()) {
                cells.put(header.get(i), values[i]);
            }
        }
        String key = cells.get("key");
        String kind = cells.get("kind");
        try {
            if (values.length != header.size()) {
                throw new InvalidRequestException("row", "the row has " + values.length + " cells, the header "
                        + header.size() + " columns");
            }
            return ImportRow.readable(row, line, key, kind, CsvColumns.body(RowHeads.check(key, kind), cells));
        } catch (InvalidRequestException e) {
            return ImportRow.unreadable(row, line, key, kind, problems.of(e));
        }
    }
}
