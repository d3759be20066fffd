package org.armscontrol.tracker.command.web;

import org.armscontrol.tracker.shared.value.Recorder;

/**
 * What a write request says besides its body: who sends it, under which correlation id, with which
 * Idempotency-Key and expected version (If-Match), to which method and path.
 */
public record WriteRequest(Recorder recordedBy, String correlationId, String idempotencyKey, Long expectedVersion,
                           String method, String path) {
}
