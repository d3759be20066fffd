package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.participation.ReservationId;
import org.armscontrol.tracker.shared.participation.WithdrawReservation;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

/** Body of {@code POST /api/participations/{country}/{instrument}/reservations/{reservationId}/withdrawal}. */
@Schema(description = "The withdrawal of a reservation or declaration by the state")
public record ReservationWithdrawalRequest(
        @Schema(example = "2012-05-14", description = "from when it is no longer in force",
                requiredMode = Schema.RequiredMode.REQUIRED) String date,
        @Schema(example = "DAY", allowableValues = {"DAY", "MONTH", "YEAR"}) String datePrecision,
        @Schema(example = "Withdrawn by notification to the depositary",
                requiredMode = Schema.RequiredMode.REQUIRED) String reason,
        SourceBody source) {

    WithdrawReservation toCommand(String country, String instrument, String reservationId, Long expectedVersion) {
        FieldParser parser = new FieldParser();
        CountryCode parsedCountry = parser.required("country", country, () -> CountryCode.of(country));
        InstrumentId parsedInstrument = parser.required("instrument", instrument, () -> InstrumentId.of(instrument));
        ReservationId parsedId = parser.required("reservationId", reservationId,
                () -> ReservationId.parse(reservationId));
        ValidDate parsedDate = RequestDates.required(parser, "date", date, datePrecision);
        Reason parsedReason = parser.required("reason", reason, () -> Reason.of(reason));
        Source parsedSource = SourceBody.required(parser, source);
        parser.throwIfInvalid();
        return new WithdrawReservation(parsedCountry, parsedInstrument, parsedId, parsedDate, parsedReason,
                parsedSource, expectedVersion);
    }
}
