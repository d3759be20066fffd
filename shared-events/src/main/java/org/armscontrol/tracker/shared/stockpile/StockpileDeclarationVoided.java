package org.armscontrol.tracker.shared.stockpile;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.serialization.Revision;

/**
 * A stockpile record was voided: it was recorded in error, and its declarations and destruction reports count
 * nowhere from the recorded instant of this event. {@code date} is the valid date of the latest declaration voided
 * (what subscribers are told); {@code source} is the source of the void.
 */
@Revision("1")
public record StockpileDeclarationVoided(CountryCode country, WeaponSystem weaponSystem, ValidDate date,
                                         Reason reason, Source source, Recorder recordedBy) {

    public StockpileId stockpileId() {
        return StockpileId.of(country, weaponSystem);
    }
}
