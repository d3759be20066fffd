package org.armscontrol.tracker.query.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.query.ComparedState;
import org.armscontrol.tracker.shared.query.Comparison;
import org.armscontrol.tracker.shared.query.InstrumentStatus;
import org.armscontrol.tracker.shared.query.ParticipationDates;

import java.time.Instant;
import java.time.LocalDate;

import static org.armscontrol.tracker.platform.web.SpreadsheetText.cell;

/**
 * One cell of a comparison (a state on an instrument) as a spreadsheet row, so that the matrix can be pivoted either
 * way: the valid date and knownAt of the answer on every row, the state with its UN name and M49 region, the status
 * since when and by which action, and the dates of the participation side by side. Text cells go through
 * {@link org.armscontrol.tracker.platform.web.SpreadsheetText} (names come from data files, instrument ids from admins).
 */
@JsonPropertyOrder({"asOf", "knownAt", "country", "countryName", "region", "subRegion", "instrument", "status",
        "since", "action", "inForce", "inForceSince", "entersIntoForce", "signed", "signedBy", "consented",
        "consentAction", "consentMarker", "provisionallyApplied", "withdrawalNotified", "withdrawalEffective"})
record ComparisonRow(LocalDate asOf, Instant knownAt, String country, String countryName, String region,
                     String subRegion, String instrument, ParticipationStatus status, LocalDate since,
                     TreatyAction action, boolean inForce, LocalDate inForceSince, LocalDate entersIntoForce,
                     LocalDate signed, TreatyAction signedBy, LocalDate consented, TreatyAction consentAction,
                     String consentMarker, LocalDate provisionallyApplied, LocalDate withdrawalNotified,
                     LocalDate withdrawalEffective) {

    static ComparisonRow of(Comparison answer, ComparedState state, InstrumentStatus status) {
        ParticipationDates dates = status.dates();
        return new ComparisonRow(answer.asOf(), answer.knownAt(), state.country().value(), cell(state.countryName()),
                cell(state.region()), cell(state.subRegion()), cell(status.instrument().value()), status.status(),
                status.since(), status.action(), status.inForce(), status.inForceSince(), status.entersIntoForce(),
                dates.signed(), dates.signedBy(), dates.consented(), dates.consentAction(), cell(dates.consentMarker()),
                dates.provisionallyApplied(), dates.withdrawalNotified(), dates.withdrawalEffective());
    }
}
