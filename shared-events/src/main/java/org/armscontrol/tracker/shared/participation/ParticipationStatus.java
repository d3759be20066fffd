package org.armscontrol.tracker.shared.participation;

/** Where a state stands on an instrument at a date. */
public enum ParticipationStatus {
    NONE,
    SIGNATORY,
    /** Bound by the instrument: after ratification, acceptance, approval, accession or succession. */
    PARTY,
    /** Withdrew from a treaty, or left a regime or code. */
    WITHDRAWN,
    MEMBER,
    ADHERENT
}
