package org.armscontrol.tracker.shared.query;

/** What a timeline entry records. */
public enum HistoryEntryKind {
    TREATY_ACTION,
    STATEMENT,
    STOCKPILE_DECLARATION,
    STOCKPILE_DESTRUCTION,
    /** A vote on a General Assembly resolution. */
    VOTE,
    /** A reservation or declaration on an instrument. */
    RESERVATION
}
