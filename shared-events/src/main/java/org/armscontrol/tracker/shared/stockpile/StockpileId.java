package org.armscontrol.tracker.shared.stockpile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.TextRules;

/** Identifies one country's stockpile of one weapon system; written {@code BLR:RBK-500}. */
public record StockpileId(CountryCode country, String weaponSystemKey) {

    public StockpileId {
        TextRules.required(country, "country");
        TextRules.required(weaponSystemKey, "weaponSystem");
        if (weaponSystemKey.isEmpty() || !weaponSystemKey.equals(WeaponSystem.keyOf(weaponSystemKey))) {
            throw new InvalidValueException("weaponSystem", TextRules.echo(weaponSystemKey)
                    + " is not a weapon-system key (upper case, words joined by hyphens, e.g. RBK-500)");
        }
    }

    public static StockpileId of(CountryCode country, WeaponSystem weaponSystem) {
        return new StockpileId(country, weaponSystem.key());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static StockpileId parse(String value) {
        int colon = value == null ? -1 : value.indexOf(':');
        if (colon < 0) {
            throw new InvalidValueException(TextRules.echo(value) + " is not a stockpile id (COUNTRY:WEAPON-SYSTEM)");
        }
        return new StockpileId(CountryCode.of(value.substring(0, colon)), value.substring(colon + 1));
    }

    @JsonValue
    @Override
    public String toString() {
        return country + ":" + weaponSystemKey;
    }
}
