package org.armscontrol.tracker.command.imports;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads an import file in the format its media type names: CSV ({@code text/csv}) or JSON. Always UTF-8. */
@Component
class ImportFiles {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CsvImportReader csv;
    private final JsonImportReader json;

    ImportFiles(CsvImportReader csv, JsonImportReader json) {
        this.csv = csv;
        this.json = json;
    }

    /** @throws ImportFileException when the file cannot be read at all */
    ImportFile read(MediaType type, byte[] body) {
        if (body == null || body.length == 0) {
            throw ImportFileException.malformed("the file is empty");
        }
        if (MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            return json.read(body);
        }
        return csv.read(utf8(body));
    }

    /** Strictly UTF-8 (no replacement characters stored), without the byte order mark spreadsheets write. */
    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ImportFileException.malformed("the file is not valid UTF-8; save it as CSV UTF-8");
        }
    }
}
