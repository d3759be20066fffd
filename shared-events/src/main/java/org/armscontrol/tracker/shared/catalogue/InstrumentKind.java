package org.armscontrol.tracker.shared.catalogue;

/** What sort of instrument it is; decides, with its {@link JoiningProcedure}, which actions a state can take. */
public enum InstrumentKind {
    TREATY,
    PROTOCOL,
    /** An amendment of a treaty, joined by its own consents (the amendment of article 1 of the CCW). */
    AMENDMENT,
    REGIME,
    CODE_OF_CONDUCT,
    INITIATIVE,
    UN_RESOLUTION
}
