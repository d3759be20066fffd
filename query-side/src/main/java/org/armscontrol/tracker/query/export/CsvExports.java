package org.armscontrol.tracker.query.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import org.armscontrol.tracker.query.support.CsvTables;
import org.armscontrol.tracker.shared.query.Comparison;
import org.armscontrol.tracker.shared.query.CountryHistory;
import org.armscontrol.tracker.shared.query.InstrumentParticipants;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The read answers as spreadsheets: one row per history entry, per participant, or per cell of a comparison. They
 * are written whole into memory (a country's history or an instrument's participants are at most some thousands of
 * rows, a comparison at most 60 states by the catalogue), unlike the audit log, which is streamed.
 */
public final class CsvExports {

    private static final CsvMapper CSV = CsvTables.mapper().build();

    private CsvExports() {
    }

    public static byte[] of(CountryHistory history) {
        return write(HistoryRow.class, history.entries().stream().map(entry -> HistoryRow.of(history, entry)).toList());
    }

    public static byte[] of(InstrumentParticipants participants) {
        return write(ParticipantRow.class, participants.participants().stream()
                .map(participant -> ParticipantRow.of(participants, participant)).toList());
    }

    /** One row per cell of the matrix: per state, per instrument, in the order of the answer. */
    public static byte[] of(Comparison comparison) {
        return write(ComparisonRow.class, comparison.states().stream()
                .flatMap(state -> state.cells().stream().map(cell -> ComparisonRow.of(comparison, state, cell)))
                .toList());
    }

    private static <T> byte[] write(Class<T> rowType, List<T> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SequenceWriter writer = CSV.writerFor(rowType).with(CsvTables.schemaFor(CSV, rowType)).writeValues(out)) {
            writer.writeAll(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the CSV of " + rowType.getSimpleName(), e);
        }
        return out.toByteArray();
    }
}
