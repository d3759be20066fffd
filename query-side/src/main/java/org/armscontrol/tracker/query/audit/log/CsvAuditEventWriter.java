package org.armscontrol.tracker.query.audit.log;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.armscontrol.tracker.platform.web.SpreadsheetText;
import org.armscontrol.tracker.query.support.CsvTables;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One CSV line per event under a header line; payload and metadata as quoted JSON text. Text cells a spreadsheet
 * would take for a formula (a reason or citation starting with {@code =}, {@code +}, {@code -}, {@code @}...) get the
 * leading apostrophe of the other exports ({@link SpreadsheetText}); the JSON answer carries the exact text.
 */
class CsvAuditEventWriter implements AuditEventWriter {

    private static final CsvMapper CSV = CsvTables.mapper()
            .addMixIn(AuditEvent.class, QuotedJson.class)
            .addModule(new SimpleModule().addSerializer(String.class, new StdSerializer<>(String.class) {
                @Override
                public void serialize(String value, JsonGenerator generator, SerializerProvider provider)
                        throws IOException {
                    generator.writeString(SpreadsheetText.cell(value));
                }
            }))
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
