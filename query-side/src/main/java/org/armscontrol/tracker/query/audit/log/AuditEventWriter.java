package org.armscontrol.tracker.query.audit.log;

import java.io.IOException;

/** Writes the events of one answer, one at a time, to the response as they are read. */
interface AuditEventWriter extends AutoCloseable {

    void write(AuditEvent event) throws IOException;

    /** Ends the answer; {@code next} is the address of the following page, or null when there is none. */
    void finish(String next) throws IOException;

    @Override
    void close() throws IOException;
}
