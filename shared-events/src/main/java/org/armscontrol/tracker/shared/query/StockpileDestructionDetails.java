package org.armscontrol.tracker.shared.query;

/** A report of destruction of (part of) a stockpile; {@code quantityDestroyed} is null when not given. */
public record StockpileDestructionDetails(String stockpileId, String weaponSystem, Long quantityDestroyed,
                                          boolean completed, String note)
        implements HistoryDetails {
}
