package org.armscontrol.tracker.shared.stockpile;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.Recorder;
import org.axonframework.serialization.Revision;

/** A declaration of what a country holds of a weapon system was recorded. */
@Revision("1")
public record StockpileDeclared(CountryCode country, WeaponSystem weaponSystem, StockpileDeclaration declaration,
                                Recorder recordedBy) {

    public StockpileId stockpileId() {
        return StockpileId.of(country, weaponSystem);
    }
}
