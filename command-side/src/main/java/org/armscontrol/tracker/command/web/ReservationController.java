package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.participation.MakeReservation;
import org.armscontrol.tracker.shared.participation.ParticipationId;
import org.armscontrol.tracker.shared.participation.ReservationId;
import org.armscontrol.tracker.shared.participation.VoidReservation;
import org.armscontrol.tracker.shared.participation.WithdrawReservation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/** Writes of reservations and declarations on a participation, of their withdrawal and of their void. */
@RestController
@RequestMapping(path = "/api/participations/{country}/{instrument}/reservations",
        consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reservations", description = "Reservations and declarations a state attached to its participation, "
        + "and their withdrawal")
public class ReservationController {

    private final CommandSender sender;

    public ReservationController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping
    @Operation(summary = "Record a reservation or declaration",
            description = "201 with the participation, the new reservation's id and the version; 409 when the "
                    + "state has no recorded action on the instrument (by that date), the date is in the future or "
                    + "before the instrument opened, or the same text of the same kind is already in force.")
    public ResponseEntity<Map<String, Object>> make(@PathVariable String country, @PathVariable String instrument,
                                                    @RequestBody ReservationRequest body, WriteRequest request) {
        MakeReservation command = body.toCommand(country, instrument, request.expectedVersion());
        WriteResult result = sender.send(command, request, body);
        // The reservation was recorded by the participation's last event (also when the answer is a replay).
        ReservationId id = ReservationId.recordedAt(result.version());
        return WriteResponses.created("participationId", result, "reservationId", id,
                location(command.participationId(), id));
    }

    @PostMapping("/{reservationId}/withdrawal")
    @Operation(summary = "Withdraw a reservation or declaration",
            description = "It stays in the history, marked withdrawn from the date given. 404 for an unknown "
                    + "participation or reservation; 409 when it is already withdrawn, or the date is in the future "
                    + "or before the reservation was made.")
    public ResponseEntity<Map<String, Object>> withdraw(@PathVariable String country, @PathVariable String instrument,
                                                        @PathVariable String reservationId,
                                                        @RequestBody ReservationWithdrawalRequest body,
                                                        WriteRequest request) {
        WithdrawReservation command = body.toCommand(country, instrument, reservationId, request.expectedVersion());
        WriteResult result = sender.send(command, request, body);
        return WriteResponses.ok("participationId", result, "reservationId", command.reservationId(),
                location(command.participationId(), command.reservationId()));
    }

    @PostMapping("/{reservationId}/voids")
    @Operation(summary = "Void a reservation or declaration recorded in error",
            description = "For one the state never made (or a duplicate), with the reason and the source: it counts "
                    + "nowhere from then on, while reads with knownAt before the void, the lineage and the audit log "
                    + "keep it. 404 for an unknown participation or reservation; 409 ALREADY_VOID for a second void, "
                    + "VOIDED for a withdrawal after it.")
    public ResponseEntity<Map<String, Object>> voidReservation(@PathVariable String country,
                                                               @PathVariable String instrument,
                                                               @PathVariable String reservationId,
                                                               @RequestBody VoidRequest body, WriteRequest request) {
        VoidReservation command = body.toReservationCommand(country, instrument, reservationId,
                request.expectedVersion());
        WriteResult result = sender.send(command, request, body);
        return WriteResponses.ok("participationId", result, "reservationId", command.reservationId(),
                location(command.participationId(), command.reservationId()));
    }

    private static URI location(ParticipationId participation, ReservationId reservation) {
        return URI.create("/api/participations/" + participation.country() + "/" + participation.instrument()
                + "/reservations/" + reservation);
    }
}
