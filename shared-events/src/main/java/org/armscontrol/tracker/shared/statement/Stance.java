package org.armscontrol.tracker.shared.statement;

/** The position a statement expresses on the instruments it concerns. */
public enum Stance {
    SUPPORTS,
    OPPOSES,
    /** Supports on conditions, or supports one approach while rejecting another. */
    CONDITIONAL,
    NEUTRAL,
    /** The statement does not allow a stance to be read from it. */
    UNCLEAR
}
