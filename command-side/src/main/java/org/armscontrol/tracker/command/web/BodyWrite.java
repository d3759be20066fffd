package org.armscontrol.tracker.command.web;

import org.armscontrol.tracker.shared.value.Recorder;

/**
 * Who sends a body through {@link BodyWrites}, under which correlation id and Idempotency-Key, and how
 * ({@link SendOptions}).
 */
public record BodyWrite(Recorder recordedBy, String correlationId, String idempotencyKey, SendOptions options) {

    WriteRequest request(String path) {
        return new WriteRequest(recordedBy, correlationId, idempotencyKey, null, "POST", path);
    }
}
