package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.platform.web.InvalidRequestException;
import org.armscontrol.tracker.shared.participation.RecordTreatyAction;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.participation.TreatyActionCommand;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;
import org.armscontrol.tracker.shared.value.ValidDate;

/** Body of {@code POST /api/treaty-actions}. */
@Schema(description = "An action of a state on an instrument")
public record TreatyActionRequest(
        @Schema(example = "BLR", description = "ISO 3166-1 alpha-3, upper case") String country,
        @Schema(example = "CCW-P5", description = "an id of GET /api/instruments") String instrument,
        @Schema(example = "RATIFIED", implementation = TreatyAction.class,
                description = "the kind the depositary gives the act (UNTC markers: ACCEPTED A, APPROVED AA, "
                        + "ACCEDED a, SUCCEEDED d, PROVISIONALLY_APPLIED n, CONSENTED_TO_BE_BOUND P, "
                        + "FORMALLY_CONFIRMED c)")
        String action,
        @Schema(example = "2008-09-29", description = "when the action took place (ISO-8601)") String date,
        @Schema(example = "DAY", allowableValues = {"DAY", "MONTH", "YEAR"},
                description = "how much of the date the source gives; DAY when absent") String datePrecision,
        @Schema(example = "2025-03-06", description = "WITHDREW and LEFT only: when it takes effect; "
                + "defaults, for WITHDREW, to the instrument's notice period after date (GET /api/instruments: "
                + "withdrawalNotice), else to date") String effectiveDate,
        SourceBody source,
        @Schema(description = "free text, up to 2,000 characters") String note) {

    TreatyActionCommand toCommand(Long expectedVersion) {
        FieldParser parser = new FieldParser();
        CountryCode parsedCountry = parser.required("country", country, () -> CountryCode.of(country));
        InstrumentId parsedInstrument = parser.required("instrument", instrument, () -> InstrumentId.of(instrument));
        TreatyAction parsedAction = parser.required("action", action,
                () -> FieldParser.constant(TreatyAction.class, "action", action));
        ValidDate parsedDate = RequestDates.required(parser, "date", date, datePrecision);
        ValidDate parsedEffective = RequestDates.optional(parser, "effectiveDate", effectiveDate, null);
        Source parsedSource = SourceBody.required(parser, source);
        String parsedNote = parser.parse("note",
                () -> TextRules.optionalText(note, "note", TreatyActionCommand.MAX_NOTE_LENGTH));
        parser.throwIfInvalid();
        if (parsedEffective != null && !parsedAction.endsParticipation()) {
            throw new InvalidRequestException("effectiveDate",
                    "only WITHDREW and LEFT take an effectiveDate; " + parsedAction + " takes effect on its date");
        }
        return new RecordTreatyAction(parsedCountry, parsedInstrument, parsedAction, parsedDate, parsedEffective,
                parsedSource, parsedNote, expectedVersion);
    }
}
