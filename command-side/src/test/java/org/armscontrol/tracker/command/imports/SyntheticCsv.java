package org.armscontrol.tracker.command.imports;

import org.armscontrol.tracker.shared.participation.RecordTreatyAction;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.armscontrol.tracker.shared.participation.TreatyActionCommand;
import org.armscontrol.tracker.shared.statement.RecordStatement;
import org.armscontrol.tracker.shared.statement.StatementContent;
import org.armscontrol.tracker.shared.stockpile.DeclareStockpile;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclaration;
import org.armscontrol.tracker.shared.synthetic.SyntheticHistory;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Import CSV rows made from a seeded {@link SyntheticHistory}: its treaty actions, statements and stockpile
 * declarations (amendments and destruction reports are no kind of row and are left out), each with a key of its
 * own, and a writer of such rows, with every column, through Jackson's CSV writer.
 */
public final class SyntheticCsv {

    private SyntheticCsv() {
    }

    /** The first {@code count} importable commands of the history, as rows (column to cell), in order. */
    public static List<Map<String, String>> rows(long seed, int countries, int count,
                                                 Predicate<Object> keep) {
        SyntheticHistory history = new SyntheticHistory(seed, countries, Long.MAX_VALUE);
        List<Map<String, String>> rows = new ArrayList<>(count);
        while (rows.size() < count) {
            Object command = history.next();
            if (!keep.test(command)) {
                continue;
            }
            Map<String, String> row = row(command, "s" + seed + "-" + rows.size());
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The rows as a CSV file with a header of every column. */
    public static String csv(List<Map<String, String>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        CsvColumns.ALL.forEach(schema::addColumn);
        StringWriter csv = new StringWriter();
        try (SequenceWriter writer = new CsvMapper().writerFor(Map.class).with(schema.build()).writeValues(csv)) {
            writer.writeAll(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    private static Map<String, String> row(Object command, String key) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("key", key);
        if (command instanceof TreatyActionCommand action) {
            row.put("kind", "treaty-action");
            row.put("country", action.country().value());
            row.put("instrument", action.instrument().value());
            row.put("action", action.action().name());
            date(row, action.date());
            if (action instanceof RecordTreatyAction recorded && recorded.effectiveDate() != null) {
                row.put("effectiveDate", recorded.effectiveDate().date().toString());
            }
            row.put("note", action.note());
            source(row, action.source());
            return row;
        }
        if (command instanceof RecordStatement statement) {
            StatementContent content = statement.content();
            row.put("kind", "statement");
            row.put("country", statement.country().value());
            date(row, content.date());
            row.put("forum", content.forum());
            row.put("location", content.location());
            if (content.speaker() != null) {
                row.put("speaker", content.speaker().name());
                row.put("speakerRole", content.speaker().role());
            }
            row.put("instruments", content.instruments().stream().map(InstrumentId::value)
                    .collect(Collectors.joining(CsvColumns.INSTRUMENT_SEPARATOR)));
            row.put("stance", content.stance().name());
            row.put("summary", content.summary());
            row.put("quote", content.quote());
            source(row, content.source());
            return row;
        }
        if (command instanceof DeclareStockpile declaration) {
            StockpileDeclaration declared = declaration.declaration();
            row.put("kind", "stockpile-declaration");
            row.put("country", declaration.country().value());
            row.put("weaponSystem", declaration.weaponSystem().name());
            row.put("category", declared.category().name());
            row.put("quantity", declared.quantity() == null ? null : declared.quantity().toString());
            row.put("status", declared.status().name());
            row.put("origin", declared.origin());
            date(row, declared.date());
            source(row, declared.source());
            return row;
        }
        return null;
    }

    private static void date(Map<String, String> row, ValidDate date) {
        row.put("date", date.date().toString());
        row.put("datePrecision", date.precision().name());
    }

    private static void source(Map<String, String> row, Source source) {
        row.put("sourceCitation", source.citation());
        row.put("sourceUrl", source.url());
    }
}
