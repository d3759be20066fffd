package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.participation.TreatyAction;

import java.time.LocalDate;

/**
 * The dates of a participation side by side, as the depositary's table shows them: all acts dated on or before the
 * date asked (a withdrawal notified but not yet in effect included).
 *
 * @param signed              the signature, or null
 * @param signedBy            SIGNED, or SUCCEEDED_TO_SIGNATURE for a signature by succession
 * @param consented           the (latest) consent to be bound, or null
 * @param consentAction       its kind (RATIFIED, ACCEPTED, ACCEDED, CONSENTED_TO_BE_BOUND, …)
 * @param consentMarker       the depositary's marker of that kind (A, AA, a, d, P, c), or null for none
 * @param provisionallyApplied the declaration of provisional application, or null
 * @param withdrawalNotified  the notification of withdrawal, or null
 * @param withdrawalEffective when that withdrawal takes effect
 */
public record ParticipationDates(LocalDate signed, TreatyAction signedBy, LocalDate consented,
                                 TreatyAction consentAction, String consentMarker, LocalDate provisionallyApplied,
                                 LocalDate withdrawalNotified, LocalDate withdrawalEffective) {

    public static final ParticipationDates NONE = new ParticipationDates(null, null, null, null, null, null, null,
            null);
}
