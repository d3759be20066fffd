package org.armscontrol.tracker.command.imports;

import org.armscontrol.tracker.platform.web.InvalidRequestException;
import org.armscontrol.tracker.shared.catalogue.Instrument;
import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;
import org.armscontrol.tracker.shared.participation.TreatyAction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A participant table of the UN Treaty Collection as a CSV file, taken as it is: columns {@code mtdsg} (the
 * status table's reference, "XXVI-6", which names the instrument), {@code instrument} (the table's own label,
 * not read), {@code country_name}, {@code country_iso3}, {@code action} (the tracker's kind), {@code date},
 * {@code untc_marker} (checked against the kind: {@code A} for ACCEPTED, {@code P} for CONSENTED_TO_BE_BOUND, …) and
 * {@code source}. Each row becomes a treaty-action row under the key {@code untc:<mtdsg>:<iso3>:<action>:<date>}, so
 * that loading the same table again writes nothing new.
 */
final class UntcTable {

    static final List<String> COLUMNS = List.of("mtdsg", "instrument", "country_name", "country_iso3", "action",
            "date", "untc_marker", "source");

    // "…, status of January 2018 (https://treaties.un.org/…)": the address in brackets is the source's URL.
    private static final Pattern CITATION_AND_URL = Pattern.compile("^(.*\\S)\\s*\\((https?://[^\\s)]+)\\)$");

    private UntcTable() {
    }

    /** Whether a header is that of a depositary table rather than of the tracker's own import file. */
    static boolean isHeader(List<String> header) {
        return header.contains("mtdsg") && header.contains("untc_marker");
    }

    /** The key a row of the table is imported under. */
    static String key(Map<String, String> cells) {
        return "untc:" + cells.get("mtdsg") + ":" + cells.get("country_iso3") + ":" + cells.get("action") + ":"
                + cells.get("date");
    }

    /**
     * The tracker's import cells for a row of the table.
     *
     * @throws InvalidRequestException naming the column when the reference names no instrument of the catalogue or
     *                                 the marker is not the kind's
     */
    static Map<String, String> cells(Map<String, String> row) {
        String reference = row.get("mtdsg");
        Optional<Instrument> instrument = reference == null ? Optional.empty()
                : InstrumentCatalogue.byDepositaryReference(reference);
        if (instrument.isEmpty()) {
            throw new InvalidRequestException("mtdsg", "no instrument of the catalogue has the depositary's "
                    + "reference '" + reference + "' (GET /api/instruments lists each one's depositaryReference)");
        }
        String action = row.get("action");
        String marker = row.getOrDefault("untc_marker", "");
        TreatyAction kind = parse(action);
        if (kind != null && !kind.untcMarker().orElse("").equals(marker)) {
            throw new InvalidRequestException("untc_marker", "the marker '" + marker + "' is not that of " + kind
                    + " ('" + kind.untcMarker().orElse("") + "'); the table's kind and marker must agree");
        }
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("key", key(row));
        cells.put("kind", RowKind.TREATY_ACTION.id());
        putIfPresent(cells, "country", row.get("country_iso3"));
        cells.put("instrument", instrument.get().id().value());
        putIfPresent(cells, "action", action);
        putIfPresent(cells, "date", row.get("date"));
        String source = row.get("source");
        if (source != null) {
            Matcher split = CITATION_AND_URL.matcher(source);
            if (split.matches()) {
                cells.put("sourceCitation", split.group(1));
                cells.put("sourceUrl", split.group(2));
            } else {
                cells.put("sourceCitation", source);
            }
        }
        return cells;
    }

    private static TreatyAction parse(String action) {
        try {
            return action == null ? null : TreatyAction.valueOf(action);
        } catch (IllegalArgumentException e) {
            return null; // the treaty-action row names the bad action itself
        }
    }

    private static void putIfPresent(Map<String, String> cells, String column, String value) {
        if (value != null) {
            cells.put(column, value);
        }
    }
}
