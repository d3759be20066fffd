package org.armscontrol.tracker.command.web;

/**
 * A reservation or declaration, as {@code POST /api/participations/{country}/{instrument}/reservations} takes it:
 * the participation named by its path, and the body.
 */
public record ParticipationReservation(String country, String instrument, ReservationRequest body) {

    String path() {
        return "/api/participations/" + country + "/" + instrument + "/reservations";
    }
}
