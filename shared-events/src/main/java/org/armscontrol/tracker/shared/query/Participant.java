package org.armscontrol.tracker.shared.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.DatePrecision;

import java.time.LocalDate;

/**
 * One country's status on an instrument at a date, since when, and by which action; whether the instrument is in
 * force for it on that date ({@code inForceSince}: since when), or when it will be ({@code entersIntoForce}: a party
 * whose deposit takes effect later, e.g. on the first day of the sixth month for the CCM; null when it never will
 * while the instrument itself is not in force).
 */
@JsonPropertyOrder({"country", "countryName"})
public record Participant(CountryCode country, ParticipationStatus status, LocalDate since,
                          DatePrecision sincePrecision, TreatyAction action, boolean inForce, LocalDate inForceSince,
                          LocalDate entersIntoForce, ParticipationDates dates) {

    public Participant(CountryCode country, ParticipationStatus status, LocalDate since, DatePrecision sincePrecision,
                       TreatyAction action, InForce inForce) {
        this(country, status, since, sincePrecision, action, inForce.inForce(), inForce.since(), inForce.from(),
                ParticipationDates.NONE);
    }

    /** The same participant with the dates of its participation side by side. */
    public Participant withDates(ParticipationDates of) {
        return new Participant(country, status, since, sincePrecision, action, inForce, inForceSince,
                entersIntoForce, of);
    }

    /** The state's name as the UN writes it, beside its code; derived from the code, so no read model stores it. */
    @JsonProperty(value = "countryName", access = JsonProperty.Access.READ_ONLY)
    public String countryName() {
        return country.name();
    }
}
