package org.armscontrol.tracker.command.web;

import org.armscontrol.tracker.shared.WriteResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer to a write: {@code {<idName>: ..., version: n}} with the version also as ETag (to send back in
 * If-Match), and {@code Idempotent-Replayed: true} when the answer is that of an earlier request with the same key.
 */
final class WriteResponses {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private WriteResponses() {
    }

    static ResponseEntity<Map<String, Object>> created(String idName, WriteResult result, URI location) {
        return respond(HttpStatus.CREATED, idName, result, location);
    }

    static ResponseEntity<Map<String, Object>> ok(String idName, WriteResult result, URI location) {
        return respond(HttpStatus.OK, idName, result, location);
    }

    /** As {@link #created}, naming besides the record a part of it (e.g. a reservation of a participation). */
    static ResponseEntity<Map<String, Object>> created(String idName, WriteResult result, String partName,
                                                       Object partId, URI location) {
        return respond(HttpStatus.CREATED, ids(idName, result, partName, partId), result, location);
    }

    static ResponseEntity<Map<String, Object>> ok(String idName, WriteResult result, String partName, Object partId,
                                                  URI location) {
        return respond(HttpStatus.OK, ids(idName, result, partName, partId), result, location);
    }

    private static Map<String, Object> ids(String idName, WriteResult result, String partName, Object partId) {
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put(idName, result.aggregateId());
        ids.put(partName, partId.toString());
        return ids;
    }

    private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, String idName, WriteResult result,
                                                               URI location) {
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put(idName, result.aggregateId());
        return respond(status, ids, result, location);
    }

    private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, Map<String, Object> ids,
                                                               WriteResult result, URI location) {
        Map<String, Object> body = new LinkedHashMap<>(ids);
        body.put("version", result.version());
        HttpHeaders headers = new HttpHeaders();
        headers.setETag("\"" + result.version() + "\"");
        headers.setLocation(location);
        if (result.replayed()) {
            headers.set(REPLAYED_HEADER, "true");
        }
        return ResponseEntity.status(status).headers(headers).body(body);
    }
}
