package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.armscontrol.tracker.shared.vote.CorrectVote;
import org.armscontrol.tracker.shared.vote.VoteCast;
import org.armscontrol.tracker.shared.vote.VoteId;

/** Body of {@code POST /api/votes/{voteId}/corrections}: the vote and/or the date as they should be. */
@Schema(description = "A correction of a recorded vote: its value, its date or both, with the reason and source")
public record VoteCorrectionRequest(
        @Schema(example = "NO", allowableValues = {"YES", "NO", "ABSTAIN", "ABSENT"}) String vote,
        @Schema(example = "2024-12-02") String date,
        @Schema(example = "DAY", allowableValues = {"DAY", "MONTH", "YEAR"}) String datePrecision,
        @Schema(example = "The voting record lists Belarus as voting no",
                requiredMode = Schema.RequiredMode.REQUIRED) String reason,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceBody source) {

    CorrectVote toCommand(String voteId, Long expectedVersion) {
        FieldParser parser = new FieldParser();
        VoteId id = parser.parse("voteId", () -> VoteId.parse(voteId));
        VoteCast parsedVote = parser.optional("vote", vote, () -> FieldParser.constant(VoteCast.class, "vote", vote));
        ValidDate parsedDate = RequestDates.optional(parser, "date", date, datePrecision);
        Reason parsedReason = parser.required("reason", reason, () -> Reason.of(reason));
        Source parsedSource = SourceBody.required(parser, source);
        parser.throwIfInvalid();
        return new CorrectVote(id, parsedVote, parsedDate, parsedReason, parsedSource, expectedVersion);
    }
}
