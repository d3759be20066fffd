package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.value.Source;

/** The {@code source} of a write: the citation (required) and an optional URL. */
@Schema(description = "Where the fact comes from")
public record SourceBody(
        @Schema(example = "Statement of Belarus, CCW GGE, Geneva, 17 January 2008. Notes by WILPF.",
                requiredMode = Schema.RequiredMode.REQUIRED) String citation,
        @Schema(example = "https://example.org/notes.pdf") String url) {

    static Source required(FieldParser parser, SourceBody body) {
        return parser.required("source", body, () -> new Source(body.citation(), body.url()));
    }

    static Source optional(FieldParser parser, SourceBody body) {
        return parser.optional("source", body, () -> new Source(body.citation(), body.url()));
    }
}
