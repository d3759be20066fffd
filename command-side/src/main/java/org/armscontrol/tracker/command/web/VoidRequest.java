package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.participation.ReservationId;
import org.armscontrol.tracker.shared.participation.VoidReservation;
import org.armscontrol.tracker.shared.stockpile.StockpileId;
import org.armscontrol.tracker.shared.stockpile.VoidStockpileDeclaration;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.vote.VoidVote;
import org.armscontrol.tracker.shared.vote.VoteId;

/**
 * Body of the voids of a stockpile ({@code POST /api/stockpiles/{country}/{weaponSystem}/voids}), a vote
 * ({@code POST /api/votes/{voteId}/voids}) and a reservation
 * ({@code POST /api/participations/{country}/{instrument}/reservations/{id}/voids}): why the record is void, and
 * on which source.
 */
@Schema(description = "The void of a record made in error: it counts nowhere from then on, and stays on record")
public record VoidRequest(
        @Schema(example = "Recorded under the wrong country: the declaration is Ukraine's",
                requiredMode = Schema.RequiredMode.REQUIRED) String reason,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceBody source) {

    VoidStockpileDeclaration toStockpileCommand(StockpileId id, Long expectedVersion) {
        FieldParser parser = new FieldParser();
        Reason parsedReason = parser.required("reason", reason, () -> Reason.of(reason));
        Source parsedSource = SourceBody.required(parser, source);
        parser.throwIfInvalid();
        return new VoidStockpileDeclaration(id, parsedReason, parsedSource, expectedVersion);
    }

    VoidVote toVoteCommand(String voteId, Long expectedVersion) {
        FieldParser parser = new FieldParser();
        VoteId id = parser.parse("voteId", () -> VoteId.parse(voteId));
        Reason parsedReason = parser.required("reason", reason, () -> Reason.of(reason));
        Source parsedSource = SourceBody.required(parser, source);
        parser.throwIfInvalid();
        return new VoidVote(id, parsedReason, parsedSource, expectedVersion);
    }

    VoidReservation toReservationCommand(String country, String instrument, String reservationId,
                                         Long expectedVersion) {
        FieldParser parser = new FieldParser();
        CountryCode parsedCountry = parser.required("country", country, () -> CountryCode.of(country));
        InstrumentId parsedInstrument = parser.required("instrument", instrument, () -> InstrumentId.of(instrument));
        ReservationId parsedId = parser.required("reservationId", reservationId,
                () -> ReservationId.parse(reservationId));
        Reason parsedReason = parser.required("reason", reason, () -> Reason.of(reason));
        Source parsedSource = SourceBody.required(parser, source);
        parser.throwIfInvalid();
        return new VoidReservation(parsedCountry, parsedInstrument, parsedId, parsedReason, parsedSource,
                expectedVersion);
    }
}
