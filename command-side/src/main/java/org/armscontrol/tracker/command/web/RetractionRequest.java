package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.statement.RetractStatement;
import org.armscontrol.tracker.shared.statement.StatementId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;

/** Body of {@code POST /api/statements/{id}/retraction}. */
@Schema(description = "Why a statement is withdrawn from the record, optionally with the source that shows it")
public record RetractionRequest(
        @Schema(example = "Misattributed: the notes record this as the statement of Belgium",
                requiredMode = Schema.RequiredMode.REQUIRED) String reason,
        SourceBody source) {

    RetractStatement toCommand(String statementId, Long expectedVersion) {
        FieldParser parser = new FieldParser();
        StatementId id = parser.parse("statementId", () -> StatementId.parse(statementId));
        Reason parsedReason = parser.required("reason", reason, () -> Reason.of(reason));
        Source parsedSource = SourceBody.optional(parser, source);
        parser.throwIfInvalid();
        return new RetractStatement(id, parsedReason, parsedSource, expectedVersion);
    }
}
