package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.participation.CorrectTreatyAction;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.participation.TreatyActionCommand;
import org.armscontrol.tracker.shared.value.TextRules;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.time.LocalDate;

/** Body of {@code POST /api/participations/{country}/{instrument}/corrections}. */
@Schema(description = "A correction of a recorded action: its date, kind, effective date or note")
public record CorrectionRequest(
        @Schema(example = "RATIFIED", description = "which recorded action is wrong") String action,
        @Schema(example = "2008-09-30", description = "the date it was recorded with; needed only when "
                + "several actions of that kind are recorded") String wrongDate,
        @Schema(example = "2008-09-29", description = "the right date; may be left out when correctedAction or "
                + "note is given") String date,
        @Schema(example = "DAY", allowableValues = {"DAY", "MONTH", "YEAR"}) String datePrecision,
        @Schema(description = "WITHDREW and LEFT only: the right effective date") String effectiveDate,
        @Schema(example = "ACCEPTED", implementation = TreatyAction.class,
                description = "the right kind of action, where the kind was wrong") String correctedAction,
        @Schema(description = "the right note, where the note was wrong") String note,
        @Schema(example = "Date confirmed by the depositary notification C.N.123.2008") String reason,
        SourceBody source) {

    CorrectTreatyAction toCommand(String country, String instrument, Long expectedVersion) {
        FieldParser parser = new FieldParser();
        CountryCode parsedCountry = parser.required("country", country, () -> CountryCode.of(country));
        InstrumentId parsedInstrument = parser.required("instrument", instrument, () -> InstrumentId.of(instrument));
        TreatyAction parsedAction = parser.required("action", action,
                () -> FieldParser.constant(TreatyAction.class, "action", action));
        LocalDate parsedWrongDate = parser.optional("wrongDate", wrongDate,
                () -> FieldParser.isoDate("wrongDate", wrongDate));
        TreatyAction parsedCorrectedAction = parser.optional("correctedAction", correctedAction,
                () -> FieldParser.constant(TreatyAction.class, "correctedAction", correctedAction));
        // A correction of the kind or the note alone keeps the date; any other names the right date.
        ValidDate parsedDate = correctedAction == null && note == null
                ? RequestDates.required(parser, "date", date, datePrecision)
                : RequestDates.optional(parser, "date", date, datePrecision);
        String parsedNote = parser.parse("note",
                () -> TextRules.optionalText(note, "note", TreatyActionCommand.MAX_NOTE_LENGTH));
        ValidDate parsedEffective = RequestDates.optional(parser, "effectiveDate", effectiveDate, null);
        Reason parsedReason = parser.required("reason", reason, () -> Reason.of(reason));
        Source parsedSource = SourceBody.required(parser, source);
        parser.throwIfInvalid();
        return new CorrectTreatyAction(parsedCountry, parsedInstrument, parsedAction, parsedWrongDate, parsedDate,
                parsedEffective, parsedCorrectedAction, parsedNote, parsedReason, parsedSource, expectedVersion);
    }
}
