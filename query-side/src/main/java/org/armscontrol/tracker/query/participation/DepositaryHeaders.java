package org.armscontrol.tracker.query.participation;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.armscontrol.tracker.shared.catalogue.Instrument;
import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;
import org.armscontrol.tracker.shared.query.DepositaryHeader;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The counts printed in the headers of the UN Treaty Collection's status documents of January 2018
 * ({@code depositary/untc_counts.csv}, one row per document, keyed by its MTDSG number), found for an instrument
 * through the depositary reference the catalogue gives it. They are the yardstick of how complete the tracker's
 * record is; the tracker counts its own facts separately.
 */
@Component
class DepositaryHeaders {

    private static final String FILE = "depositary/untc_counts.csv";
    private static final String SOURCE = "UN Treaty Collection, Multilateral Treaties Deposited with the "
            + "Secretary-General, Chapter ";

    private final Map<String, DepositaryHeader> byReference;

    DepositaryHeaders() {
        this.byReference = load();
    }

    /** The header of the instrument's status document, if the tracker holds that document's counts. */
    Optional<DepositaryHeader> of(InstrumentId instrument) {
        if (!InstrumentCatalogue.contains(instrument.value())) {
            return Optional.empty();
        }
        Instrument known = InstrumentCatalogue.get(instrument);
        return Optional.ofNullable(known.depositaryReference()).map(byReference::get);
    }

    private static Map<String, DepositaryHeader> load() {
        Map<String, DepositaryHeader> headers = new HashMap<>();
        try (InputStream in = new ClassPathResource(FILE).getInputStream();
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                String reference = row.get("mtdsg");
                String signatories = row.get("signatories");
                headers.put(reference, new DepositaryHeader(
                        signatories == null || signatories.isBlank() ? null : Integer.valueOf(signatories),
                        Integer.parseInt(row.get("parties")), row.get("status_as_at"),
                        LocalDate.parse(row.get("latest_action_in_table")), SOURCE + reference));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        return Map.copyOf(headers);
    }
}
