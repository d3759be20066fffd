package org.armscontrol.tracker.platform.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON bytes with the JDK's strict UTF-8 decoder, so that malformed input is an error: Jackson's own decoder
 * takes overlong forms (C0 BC) as the character they disguise ({@code <}), which would slip past any check made on
 * the bytes. The error is a {@link java.nio.charset.CharacterCodingException}; {@link ApiProblemHandler} answers it
 * with a 400 naming the body. JSON is UTF-8 (RFC 8259), so no other encoding is detected.
 */
final class StrictUtf8JsonFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    StrictUtf8JsonFactory() {
    }

    private StrictUtf8JsonFactory(StrictUtf8JsonFactory source, ObjectCodec codec) {
        super(source, codec);
    }

    @Override
    public JsonFactory copy() {
        return new StrictUtf8JsonFactory(this, null);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
        return _createParser(strict(in), context);
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
        return _createParser(strict(new ByteArrayInputStream(data, offset, length)), context);
    }

    private static Reader strict(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
