package org.armscontrol.tracker.command.imports;

import org.armscontrol.tracker.command.web.CorrectionRequest;
import org.armscontrol.tracker.command.web.ParticipationCorrection;
import org.armscontrol.tracker.command.web.ParticipationReservation;
import org.armscontrol.tracker.command.web.ReservationRequest;
import org.armscontrol.tracker.command.web.SourceBody;
import org.armscontrol.tracker.command.web.StatementRequest;
import org.armscontrol.tracker.command.web.StockpileDeclarationRequest;
import org.armscontrol.tracker.command.web.TreatyActionRequest;
import org.armscontrol.tracker.command.web.VoteRequest;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.TextRules;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of an import CSV file and how a row's cells become the body of its single write. A column holds the
 * field of the same name; {@code sourceCitation} and {@code sourceUrl} make {@code source}; {@code instruments}
 * separates instruments with {@code ;}. An empty cell is an absent field. A kind of row takes only its own columns:
 * a value in another is an error, not silently dropped.
 */
final class CsvColumns {

    static final List<String> ALL = List.of("key", "kind", "country", "instrument", "action", "date",
            "datePrecision", "effectiveDate", "wrongDate", "reason", "note", "forum", "location", "speaker",
            "speakerRole", "instruments", "stance", "summary", "quote", "weaponSystem", "category", "quantity",
            "status", "origin", "sourceCitation", "sourceUrl", "resolution", "title", "vote", "correctedAction",
            "reservationKind", "text", "madeWith");
    static final String INSTRUMENT_SEPARATOR = ";";

    private static final Map<RowKind, Set<String>> OF_KIND = new EnumMap<>(Map.of(
            RowKind.TREATY_ACTION, columns("country", "instrument", "action", "date", "datePrecision",
                    "effectiveDate", "note"),
            RowKind.STATEMENT, columns("country", "date", "datePrecision", "forum", "location", "speaker",
                    "speakerRole", "instruments", "stance", "summary", "quote"),
            RowKind.STOCKPILE_DECLARATION, columns("country", "weaponSystem", "category", "quantity", "status",
                    "origin", "date", "datePrecision", "note"),
            RowKind.CORRECTION, columns("country", "instrument", "action", "wrongDate", "date", "datePrecision",
                    "effectiveDate", "correctedAction", "note", "reason"),
            RowKind.VOTE, columns("country", "resolution", "title", "date", "datePrecision", "vote", "instruments"),
            // The reservation's own kind has its column: "kind" is the row's.
            RowKind.RESERVATION, columns("country", "instrument", "reservationKind", "text", "date",
                    "datePrecision", "madeWith")));

    private CsvColumns() {
    }

    /** The columns rows of {@code kind} take, besides key, kind and the source. */
    static Set<String> of(RowKind kind) {
        return OF_KIND.get(kind);
    }

    /** The column holding a field named in a problem ({@code source.citation}: {@code sourceCitation}), or null. */
    static String columnOf(String field) {
        if (field == null) {
            return null;
        }
        if (field.equals("source.url")) {
            return "sourceUrl";
        }
        if (field.startsWith("source")) {
            return "sourceCitation";
        }
        if (field.startsWith("instruments")) {
            return "instruments";
        }
        return ALL.contains(field) || UntcTable.COLUMNS.contains(field) ? field : null;
    }

    /**
     * The body of the single write a row of {@code kind} stands for.
     *
     * @param cells the row's non-empty cells by column
     * @throws org.armscontrol.tracker.platform.web.InvalidRequestException naming every column the kind does not
     *                                                                      take, or a quantity that is no number
     */
    static Object body(RowKind kind, Map<String, String> cells) {
        FieldParser parser = new FieldParser();
        for (String column : cells.keySet()) {
            if (!column.equals("key") && !column.equals("kind") && !column.startsWith("source")
                    && !of(kind).contains(column)) {
                parser.add(column, "a " + kind.id() + " row takes no " + column + "; leave the cell empty");
            }
        }
        Long quantity = parser.optional("quantity", cells.get("quantity"), () -> quantity(cells.get("quantity")));
        parser.throwIfInvalid();
        SourceBody source = cells.containsKey("sourceCitation") || cells.containsKey("sourceUrl")
                ? new SourceBody(cells.get("sourceCitation"), cells.get("sourceUrl")) : null;
        return switch (kind) {
            case TREATY_ACTION -> new TreatyActionRequest(cells.get("country"), cells.get("instrument"),
                    cells.get("action"), cells.get("date"), cells.get("datePrecision"), cells.get("effectiveDate"),
                    source, cells.get("note"));
            case STATEMENT -> new StatementRequest(cells.get("country"), cells.get("date"), cells.get("datePrecision"),
                    cells.get("forum"), cells.get("location"), cells.get("speaker"), cells.get("speakerRole"),
                    instruments(cells.get("instruments")), cells.get("stance"), cells.get("summary"),
                    cells.get("quote"), source);
            case STOCKPILE_DECLARATION -> new StockpileDeclarationRequest(cells.get("country"),
                    cells.get("weaponSystem"), cells.get("category"), quantity, cells.get("status"),
                    cells.get("origin"), cells.get("date"), cells.get("datePrecision"), source, cells.get("note"));
            case CORRECTION -> new ParticipationCorrection(cells.get("country"), cells.get("instrument"),
                    new CorrectionRequest(cells.get("action"), cells.get("wrongDate"), cells.get("date"),
                            cells.get("datePrecision"), cells.get("effectiveDate"), cells.get("correctedAction"),
                            cells.get("note"), cells.get("reason"), source));
            case VOTE -> new VoteRequest(cells.get("country"), cells.get("resolution"), cells.get("title"),
                    cells.get("date"), cells.get("datePrecision"), cells.get("vote"),
                    instruments(cells.get("instruments")), source);
            case RESERVATION -> new ParticipationReservation(cells.get("country"), cells.get("instrument"),
                    new ReservationRequest(cells.get("reservationKind"), cells.get("text"), cells.get("date"),
                            cells.get("datePrecision"), cells.get("madeWith"), source));
        };
    }

    private static List<String> instruments(String cell) {
        return cell == null ? null : Arrays.asList(cell.split(INSTRUMENT_SEPARATOR, -1));
    }

    private static Long quantity(String cell) {
        try {
            return Long.valueOf(cell);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("quantity", "quantity " + TextRules.echo(cell)
                    + " is not a whole number (digits only, e.g. 1200)");
        }
    }

    private static Set<String> columns(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
