package org.armscontrol.tracker.shared.participation;

/** Where a state stands on an instrument at a date. */
public enum ParticipationStatus {
    NONE,
    SIGNATORY,
    /** A signatory applying the instrument provisionally pending ratification (not bound as a party). */
    PROVISIONALLY_APPLYING,
    /**
     * Bound by the instrument: after ratification, acceptance, approval, formal confirmation, accession or
     * succession, from the deposit; whether it is already in force for the state is told apart (inForce).
     */
    PARTY,
    /** Withdrew from a treaty, or left a regime or code. */
    WITHDRAWN,
    MEMBER,
    ADHERENT
}
