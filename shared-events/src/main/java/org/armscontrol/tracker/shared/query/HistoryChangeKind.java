package org.armscontrol.tracker.shared.query;

/** How a recorded fact was changed afterwards. None of them erases what was recorded first. */
public enum HistoryChangeKind {
    /** A treaty action's date, or a vote (its value or date), corrected. */
    CORRECTED,
    /** A statement amended. */
    AMENDED,
    /** A statement retracted. */
    RETRACTED,
    /** A stockpile declaration revised. */
    REVISED,
    /** A reservation or declaration withdrawn by the state. */
    WITHDRAWN
}
