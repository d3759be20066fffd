package org.armscontrol.tracker.query.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import java.util.function.Supplier;

/**
 * The answer of a read that can be downloaded. A CSV answer, or a JSON answer asked for explicitly with
 * {@code ?format=json}, comes as an attachment named {@code <name>.<csv|json>}, so that a link saves a file; a plain
 * JSON read stays a plain JSON answer.
 *
 * @param asked  the format named by {@code ?format=}, or null
 * @param byDefault the format the request's Accept header chose
 */
record Download(ExportFormat asked, ExportFormat byDefault) {

    /** Whether the answer comes as a file (named by the caller, perhaps by today's date). */
    boolean attachment() {
        return asked != null || byDefault != ExportFormat.JSON;
    }

    /**
     * @param cacheControl whether the answer can still change; it varies by Accept (JSON or CSV at one URL), so a
     *                     browser keeps one answer per Accept
     */
    ResponseEntity<Object> answer(String name, Object json, Supplier<byte[]> csv, CacheControl cacheControl) {
        ExportFormat format = asked == null ? byDefault : asked;
        if (!attachment()) {
            return ResponseEntity.ok().cacheControl(cacheControl).varyBy(HttpHeaders.ACCEPT).body(json);
        }
        // The content type is set here, so it wins over Accept: ?format= decides.
        return ResponseEntity.ok()
                .cacheControl(cacheControl)
                .varyBy(HttpHeaders.ACCEPT)
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "." + format.extension()).build().toString())
                .body(format == ExportFormat.CSV ? csv.get() : json);
    }
}
