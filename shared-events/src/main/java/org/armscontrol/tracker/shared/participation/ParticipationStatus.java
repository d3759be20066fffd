package org.armscontrol.tracker.shared.participation;

/** Where a state stands on an instrument at a date. */
public enum ParticipationStatus {
    NONE,
    SIGNATORY,
    /** Applying the instrument provisionally pending its entry into force for the state (not bound as a party). */
    PROVISIONALLY_APPLYING,
    /**
     * Bound by the instrument: after ratification, acceptance, approval, formal confirmation, accession, succession
     * or consent to be bound, from the deposit; whether it is already in force for the state is told apart (inForce).
     */
    PARTY,
    /** Withdrew from a treaty, or left a regime or code. */
    WITHDRAWN,
    MEMBER,
    ADHERENT,
    /** A signatory that declared it does not intend to become a party. */
    NOT_BECOMING_PARTY,
    /** A party that suspended the instrument's operation (still bound; the depositary counts it a party). */
    SUSPENDED
}
