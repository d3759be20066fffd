package org.armscontrol.tracker.shared.stockpile;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.serialization.Revision;

/**
 * Destruction of (part of) a stockpile was reported.
 *
 * @param quantityDestroyed how many, or null when unknown
 * @param remaining         how many are left, or null when unknown
 * @param completed         whether the whole stockpile is now destroyed
 */
@Revision("1")
public record StockpileDestructionReported(CountryCode country, WeaponSystem weaponSystem, Long quantityDestroyed,
                                           Long remaining, boolean completed, ValidDate date, Source source,
                                           String note, Recorder recordedBy) {

    public StockpileId stockpileId() {
        return StockpileId.of(country, weaponSystem);
    }
}
