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
 * UN name beside its code; then the dates of the participation side by side, as the depositary's table shows them
 * (signature and its kind, consent with its kind and marker, provisional application, withdrawal notified and in
 * effect).
 */
@JsonPropertyOrder({"instrument", "asOf", "knownAt", "country", "countryName", "status", "since", "sincePrecision", "action",
        "inForce", "inForceSince", "entersIntoForce", "signed", "signedBy", "consented", "consentAction",
        "consentMarker", "provisionallyApplied", "withdrawalNotified", "withdrawalEffective"})
record ParticipantRow(String instrument, LocalDate asOf, Instant knownAt, String country, String countryName,
                      ParticipationStatus status,
                      LocalDate since, DatePrecision sincePrecision, TreatyAction action, boolean inForce,
                      LocalDate inForceSince, LocalDate entersIntoForce, LocalDate signed, TreatyAction signedBy,
                      LocalDate consented, TreatyAction consentAction, String consentMarker,
                      LocalDate provisionallyApplied, LocalDate withdrawalNotified, LocalDate withdrawalEffective) {

    static ParticipantRow of(InstrumentParticipants answer, Participant participant) {
        return new ParticipantRow(answer.instrument().value(), answer.asOf(), answer.knownAt(),
                participant.country().value(), participant.countryName(), participant.status(), participant.since(),
                participant.sincePrecision(), participant.action(), participant.inForce(),
                participant.inForceSince(), participant.entersIntoForce(), participant.dates().signed(),
                participant.dates().signedBy(), participant.dates().consented(), participant.dates().consentAction(),
                participant.dates().consentMarker(), participant.dates().provisionallyApplied(),
                participant.dates().withdrawalNotified(), participant.dates().withdrawalEffective());
    }
}
