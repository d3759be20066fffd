package org.armscontrol.tracker.shared.catalogue;

/** What sort of instrument it is; decides, with its {@link JoiningProcedure}, which actions a state can take. */
public enum InstrumentKind {
    TREATY,
    PROTOCOL,
    REGIME,
    CODE_OF_CONDUCT,
    INITIATIVE,
    UN_RESOLUTION
}
