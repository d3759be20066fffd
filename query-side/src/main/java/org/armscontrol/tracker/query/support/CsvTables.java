package org.armscontrol.tracker.query.support;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one shape of every CSV the tracker writes: RFC 4180 (CRLF line ends; only fields holding a comma, a quote or a
 * line break are quoted, their quotes doubled), UTF-8, a header line naming the columns, dates and instants in
 * ISO-8601.
 */
public final class CsvTables {

    private CsvTables() {
    }

    /** A mapper builder writing dates and instants as ISO-8601 text; add mix-ins before building. */
    public static CsvMapper.Builder mapper() {
        return CsvMapper.builder()
                .addModule(new JavaTimeModule())
                // Quote only where RFC 4180 needs it, not every text with a space or a '#'.
                .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** One column per property of {@code rowType}, in its {@code @JsonPropertyOrder}, under a header line. */
    public static CsvSchema schemaFor(CsvMapper mapper, Class<?> rowType) {
        return mapper.schemaFor(rowType).withHeader().withLineSeparator("\r\n");
    }
}
