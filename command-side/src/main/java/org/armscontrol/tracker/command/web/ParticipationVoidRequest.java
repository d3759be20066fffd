package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.participation.VoidTreatyAction;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;

import java.time.LocalDate;

/** Body of {@code POST /api/participations/{country}/{instrument}/voids}. */
@Schema(description = "The void of an action recorded in error, named by its kind and date, with why and from which "
        + "source")
public record ParticipationVoidRequest(
        @Schema(example = "RATIFIED", implementation = TreatyAction.class,
                requiredMode = Schema.RequiredMode.REQUIRED, description = "the kind of the entry in error")
        String action,
        @Schema(example = "2011-03-24", requiredMode = Schema.RequiredMode.REQUIRED,
                description = "its date as recorded (the first day, for a date known to its month or year)")
        String date,
        @Schema(example = "Keyed under Latvia; the ratification is Lithuania's",
                requiredMode = Schema.RequiredMode.REQUIRED) String reason,
        SourceBody source) {

    VoidTreatyAction toCommand(String country, String instrument, Long expectedVersion) {
        FieldParser parser = new FieldParser();
        CountryCode parsedCountry = parser.required("country", country, () -> CountryCode.of(country));
        InstrumentId parsedInstrument = parser.required("instrument", instrument, () -> InstrumentId.of(instrument));
        TreatyAction parsedAction = parser.required("action", action,
                () -> FieldParser.constant(TreatyAction.class, "action", action));
        LocalDate parsedDate = parser.required("date", date, () -> FieldParser.isoDate("date", date));
        Reason parsedReason = parser.required("reason", reason, () -> Reason.of(reason));
        Source parsedSource = SourceBody.required(parser, source);
        parser.throwIfInvalid();
        return new VoidTreatyAction(parsedCountry, parsedInstrument, parsedAction, parsedDate, parsedReason,
                parsedSource, expectedVersion);
    }
}
