package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.participation.MakeReservation;
import org.armscontrol.tracker.shared.participation.ReservationKind;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;
import org.armscontrol.tracker.shared.value.ValidDate;

/** Body of {@code POST /api/participations/{country}/{instrument}/reservations}. */
@Schema(description = "A reservation or declaration of a state on an instrument it has acted on")
public record ReservationRequest(
        @Schema(example = "DECLARATION", allowableValues = {"RESERVATION", "DECLARATION", "INTERPRETATIVE_DECLARATION",
                "TERRITORIAL_DECLARATION", "OBJECTION"},
                requiredMode = Schema.RequiredMode.REQUIRED) String kind,
        @Schema(example = "The Republic of Belarus declares that it will apply the provisions of the Protocol …",
                description = "the text as the depositary gives it, at most 10,000 characters",
                requiredMode = Schema.RequiredMode.REQUIRED) String text,
        @Schema(example = "2008-09-29", requiredMode = Schema.RequiredMode.REQUIRED) String date,
        @Schema(example = "DAY", allowableValues = {"DAY", "MONTH", "YEAR"}) String datePrecision,
        @Schema(example = "RATIFIED", description = "the action it accompanied, where the source says") String madeWith,
        SourceBody source) {

    MakeReservation toCommand(String country, String instrument, Long expectedVersion) {
        FieldParser parser = new FieldParser();
        CountryCode parsedCountry = parser.required("country", country, () -> CountryCode.of(country));
        InstrumentId parsedInstrument = parser.required("instrument", instrument, () -> InstrumentId.of(instrument));
        ReservationKind parsedKind = parser.required("kind", kind,
                () -> FieldParser.constant(ReservationKind.class, "kind", kind));
        String parsedText = parser.required("text", text,
                () -> TextRules.requireText(text, "text", MakeReservation.MAX_TEXT_LENGTH));
        ValidDate parsedDate = RequestDates.required(parser, "date", date, datePrecision);
        TreatyAction parsedMadeWith = parser.optional("madeWith", madeWith,
                () -> FieldParser.constant(TreatyAction.class, "madeWith", madeWith));
        Source parsedSource = SourceBody.required(parser, source);
        parser.throwIfInvalid();
        return new MakeReservation(parsedCountry, parsedInstrument, parsedKind, parsedText, parsedDate,
                parsedMadeWith, parsedSource, expectedVersion);
    }
}
