package org.armscontrol.tracker.shared.participation;

/**
 * What a state attached to its signature or consent to be bound. A reservation excludes or modifies the legal
 * effect of provisions for that state; a declaration states a policy or an understanding without doing so; an
 * interpretative declaration says how the state reads a provision; a territorial declaration excludes or extends a
 * territory ("not applicable to the Faroe Islands"); an objection answers another state's reservation (its text
 * names that state and reservation).
 */
public enum ReservationKind {
    RESERVATION,
    DECLARATION,
    INTERPRETATIVE_DECLARATION,
    TERRITORIAL_DECLARATION,
    OBJECTION
}
