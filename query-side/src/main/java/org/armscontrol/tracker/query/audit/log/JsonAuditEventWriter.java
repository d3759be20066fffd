package org.armscontrol.tracker.query.audit.log;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.OutputStream;

/** {@code {"events": [...], "next": "..."}}, the payload and metadata of each event as the JSON they are stored as. */
class JsonAuditEventWriter implements AuditEventWriter {

    private final ObjectWriter events;
    private final JsonGenerator generator;

    JsonAuditEventWriter(ObjectMapper mapper, OutputStream out) throws IOException {
        // Flushed by the response buffer, not after every event.
        this.events = mapper.writerFor(AuditEvent.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.generator = mapper.getFactory().createGenerator(out);
        generator.writeStartObject();
        generator.writeArrayFieldStart("events");
    }

    @Override
    public void write(AuditEvent event) throws IOException {
        events.writeValue(generator, event);
    }

    @Override
    public void finish(String next) throws IOException {
        generator.writeEndArray();
        generator.writeStringField("next", next);
        generator.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        generator.close();
    }
}
