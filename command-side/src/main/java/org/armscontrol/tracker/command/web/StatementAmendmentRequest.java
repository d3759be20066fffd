package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.statement.AmendStatement;
import org.armscontrol.tracker.shared.statement.Speaker;
import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.statement.StatementChanges;
import org.armscontrol.tracker.shared.statement.StatementContent;
import org.armscontrol.tracker.shared.statement.StatementId;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.util.List;
import java.util.Optional;

/**
 * Body of {@code POST /api/statements/{id}/amendments}: the fields to change, and the reason. An absent field is
 * left as it is; {@code location}, {@code speaker} and {@code quote} can be removed by sending them as null.
 */
@Schema(description = "Changes to a recorded statement, with the reason")
public record StatementAmendmentRequest(
        String date,
        @Schema(allowableValues = {"DAY", "MONTH", "YEAR"}) String datePrecision,
        String forum,
        @Schema(type = "string", nullable = true, description = "null removes it") Optional<String> location,
        @Schema(type = "string", nullable = true, description = "replaces the speaker (with speakerRole, if any); "
                + "null removes it") Optional<String> speaker,
        @Schema(type = "string", nullable = true, description = "only with speaker") Optional<String> speakerRole,
        List<String> instruments,
        @Schema(allowableValues = {"SUPPORTS", "OPPOSES", "CONDITIONAL", "NEUTRAL", "UNCLEAR"}) String stance,
        String summary,
        @Schema(type = "string", nullable = true, description = "null removes it") Optional<String> quote,
        SourceBody source,
        @Schema(example = "Date corrected against the official record of the session", requiredMode =
                Schema.RequiredMode.REQUIRED) String reason) {

    AmendStatement toCommand(String statementId, Long expectedVersion) {
        FieldParser parser = new FieldParser();
        StatementId id = parser.parse("statementId", () -> StatementId.parse(statementId));
        ValidDate parsedDate = RequestDates.optional(parser, "date", date, datePrecision);
        String parsedForum = parser.optional("forum", forum, () -> StatementContent.forum(forum));
        Optional<String> parsedLocation = parser.optional("location", location,
                () -> location.map(StatementContent::location));
        Optional<Speaker> parsedSpeaker = parser.parse("speaker", () -> speaker(speaker, speakerRole));
        List<InstrumentId> parsedInstruments = instruments == null ? null
                : StatementFields.instruments(parser, instruments);
        Stance parsedStance = parser.optional("stance", stance,
                () -> FieldParser.constant(Stance.class, "stance", stance));
        String parsedSummary = parser.optional("summary", summary, () -> StatementContent.summary(summary));
        Optional<String> parsedQuote = parser.optional("quote", quote, () -> quote.map(StatementContent::quote));
        Source parsedSource = SourceBody.optional(parser, source);
        Reason parsedReason = parser.required("reason", reason, () -> Reason.of(reason));
        parser.throwIfInvalid();
        return new AmendStatement(id, new StatementChanges(parsedDate, parsedForum, parsedLocation, parsedSpeaker,
                parsedInstruments, parsedStance, parsedSummary, parsedQuote, parsedSource), parsedReason,
                expectedVersion);
    }

    /** The speaker's change: absent (keep), empty (remove), or a new speaker with its role. */
    private static Optional<Speaker> speaker(Optional<String> name, Optional<String> role) {
        if (name == null) {
            if (role != null) {
                throw new InvalidValueException("speakerRole", "speakerRole replaces the speaker's role only "
                        + "together with the speaker: send both");
            }
            return null;
        }
        return Optional.ofNullable(Speaker.of(name.orElse(null), role == null ? null : role.orElse(null)));
    }
}
