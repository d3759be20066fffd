package org.armscontrol.tracker.query.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.query.InstrumentParticipants;
import org.armscontrol.tracker.shared.query.Participant;
import org.armscontrol.tracker.shared.value.DatePrecision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One participant of an instrument as a spreadsheet row, repeating on every row the instrument, the valid date and
 * the knownAt of the answer (empty: as known when exported), so that a row says what it is on its own; the state's
 * UN name beside its code.
 */
@JsonPropertyOrder({"instrument", "asOf", "knownAt", "country", "countryName", "status", "since", "sincePrecision", "action",
        "inForce", "inForceSince", "entersIntoForce"})
record ParticipantRow(String instrument, LocalDate asOf, Instant knownAt, String country, String countryName,
                      ParticipationStatus status,
                      LocalDate since, DatePrecision sincePrecision, TreatyAction action, boolean inForce,
                      LocalDate inForceSince, LocalDate entersIntoForce) {

    static ParticipantRow of(InstrumentParticipants answer, Participant participant) {
        return new ParticipantRow(answer.instrument().value(), answer.asOf(), answer.knownAt(),
                participant.country().value(), participant.countryName(), participant.status(), participant.since(),
                participant.sincePrecision(), participant.action(), participant.inForce(),
                participant.inForceSince(), participant.entersIntoForce());
    }
}
