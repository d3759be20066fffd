package org.armscontrol.tracker.shared.stockpile;

/** What is known of a stockpile. */
public enum StockpileStatus {
    /** In service with the armed forces. */
    IN_SERVICE,
    /** Held, e.g. in storage, not necessarily in service. */
    POSSESSED,
    /** Reported but not confirmed, e.g. whether rockets include versions with submunition payloads. */
    UNCONFIRMED,
    /** Kept for training or research, as some treaties allow. */
    RETAINED,
    /** Entirely destroyed. */
    DESTROYED
}
