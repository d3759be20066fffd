package org.armscontrol.tracker.shared.stockpile;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.TextRules;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records what a source says a country holds of a weapon system. The first declaration opens the stockpile's
 * record; later ones, dated no earlier than the last, record how it changed in the world.
 */
public record DeclareStockpile(CountryCode country, WeaponSystem weaponSystem, StockpileDeclaration declaration,
                               @TargetAggregateVersion Long expectedVersion) {

    public DeclareStockpile {
        TextRules.required(country, "country");
        TextRules.required(weaponSystem, "weaponSystem");
        TextRules.required(declaration, "declaration");
    }

    @TargetAggregateIdentifier
    public StockpileId stockpileId() {
        return StockpileId.of(country, weaponSystem);
    }
}
