package org.armscontrol.tracker.query.web;

import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;

/**
 * What a read answers in: JSON (the API's own form) or CSV (for spreadsheets). Asked with the Accept header, or with
 * {@code ?format=}, which wins over Accept because a browser's download link cannot set headers.
 */
enum ExportFormat {

    JSON("json", MediaType.APPLICATION_JSON),
    CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8));

    static final String TEXT_CSV = "text/csv";

    private final String parameter;
    private final MediaType mediaType;

    ExportFormat(String parameter, MediaType mediaType) {
        this.parameter = parameter;
        this.mediaType = mediaType;
    }

    /** The format {@code ?format=} names, spelled exactly ({@code csv} or {@code json}). */
    static ExportFormat of(String raw) {
        for (ExportFormat format : values()) {
            if (format.parameter.equals(raw)) {
                return format;
            }
        }
        throw new InvalidValueException("format", "format '" + raw + "' is not one of csv, json");
    }

    String extension() {
        return parameter;
    }

    MediaType mediaType() {
        return mediaType;
    }
}
