package org.armscontrol.tracker.shared.participation;

import java.util.EnumSet;
import java.util.Set;

/** What a state did with respect to an instrument, as the depositary or the regime records it. */
public enum TreatyAction {
    SIGNED(ParticipationStatus.SIGNATORY),
    RATIFIED(ParticipationStatus.PARTY),
    ACCEPTED(ParticipationStatus.PARTY),
    APPROVED(ParticipationStatus.PARTY),
    ACCEDED(ParticipationStatus.PARTY),
    SUCCEEDED(ParticipationStatus.PARTY),
    WITHDREW(ParticipationStatus.WITHDRAWN),
    JOINED(ParticipationStatus.MEMBER),
    LEFT(ParticipationStatus.WITHDRAWN),
    ADHERED(ParticipationStatus.ADHERENT),
    /** A signatory declared that it applies the instrument (or some of its articles) pending ratification. */
    PROVISIONALLY_APPLIED(ParticipationStatus.PROVISIONALLY_APPLYING),
    /** Formal confirmation: an international organisation's consent to be bound, the equivalent of ratification. */
    FORMALLY_CONFIRMED(ParticipationStatus.PARTY);

    /**
     * The forms of consent to be bound that follow a signature: ratification, acceptance, approval by a state,
     * formal confirmation by an international organisation.
     */
    public static final Set<TreatyAction> RATIFICATION_FORMS =
            Set.copyOf(EnumSet.of(RATIFIED, ACCEPTED, APPROVED, FORMALLY_CONFIRMED));

    private final ParticipationStatus resultingStatus;

    TreatyAction(ParticipationStatus resultingStatus) {
        this.resultingStatus = resultingStatus;
    }

    /** The status of the state once this action takes effect. */
    public ParticipationStatus resultingStatus() {
        return resultingStatus;
    }

    /** Whether the action ends participation (withdrawal, leaving a regime or code). */
    public boolean endsParticipation() {
        return resultingStatus == ParticipationStatus.WITHDRAWN;
    }
}
