package org.armscontrol.tracker.command.web;

/**
 * A correction of a participation, as {@code POST /api/participations/{country}/{instrument}/corrections} takes
 * it: the record named by its path, and the body.
 */
public record ParticipationCorrection(String country, String instrument, CorrectionRequest body) {

    String path() {
        return "/api/participations/" + country + "/" + instrument + "/corrections";
    }
}
