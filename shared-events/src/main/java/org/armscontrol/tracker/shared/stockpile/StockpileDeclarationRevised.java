package org.armscontrol.tracker.shared.stockpile;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The latest declaration of a stockpile was revised. {@code declaration} is the whole revised version,
 * {@code changedFields} names what differs from the previous one.
 */
@Revision("1")
public record StockpileDeclarationRevised(CountryCode country, WeaponSystem weaponSystem,
                                          StockpileDeclaration declaration, List<String> changedFields,
                                          Reason reason, Recorder recordedBy) {

    public StockpileId stockpileId() {
        return StockpileId.of(country, weaponSystem);
    }
}
