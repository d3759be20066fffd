package org.armscontrol.tracker.query.audit.log;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import org.armscontrol.tracker.query.support.CsvTables;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One CSV line per event under a header line; payload and metadata as quoted JSON text. Values are written exactly
 * as stored, without the spreadsheet neutralisation of the exports: this is the audit record, not a report.
 */
class CsvAuditEventWriter implements AuditEventWriter {

    private static final CsvMapper CSV = CsvTables.mapper()
            .addMixIn(AuditEvent.class, QuotedJson.class)
            .build();

    private final SequenceWriter rows;

    CsvAuditEventWriter(OutputStream out) throws IOException {
        this.rows = CSV.writerFor(AuditEvent.class)
                .with(CsvTables.schemaFor(CSV, AuditEvent.class))
                .writeValues(out);
    }

    @Override
    public void write(AuditEvent event) throws IOException {
        rows.write(event);
    }

    @Override
    public void finish(String next) {
        // A CSV export is the whole selection: there is no next page to point to.
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    /** In CSV, JSON is a value like any other, quoted and escaped. */
    private abstract static class QuotedJson {
        @JsonRawValue(false)
        abstract String payload();

        @JsonRawValue(false)
        abstract String metadata();
    }
}
