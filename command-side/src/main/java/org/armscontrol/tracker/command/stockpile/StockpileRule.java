package org.armscontrol.tracker.command.stockpile;

import org.armscontrol.tracker.command.rules.RuleCode;

/** The rules of a stockpile record, each answered 409 with its code. */
public enum StockpileRule implements RuleCode {
    /** Earlier than the last record of the stockpile. */
    OUT_OF_ORDER,
    ALREADY_DESTROYED,
    EXCEEDS_STOCKPILE,
    REVISION_CHANGES_NOTHING,
    BELOW_DESTROYED,
    ALREADY_VOID,
    /** Any change to a stockpile that was voided. */
    VOIDED
}
