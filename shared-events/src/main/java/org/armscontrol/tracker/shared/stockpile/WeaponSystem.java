package org.armscontrol.tracker.shared.stockpile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.TextRules;

import java.util.Locale;

/**
 * A weapon system as sources name it ("RBK-500", "Uragan 220mm rocket"). Its {@link #key()} (upper case,
 * punctuation and spaces folded to single hyphens) identifies the stockpile together with the country, so that
 * "RBK-500" and "rbk 500" name the same stockpile.
 */
public record WeaponSystem(String name) {

    public static final int MAX_LENGTH = 120;

    public WeaponSystem {
        TextRules.requireLine(name, "weaponSystem", MAX_LENGTH);
        if (keyOf(name).isEmpty()) {
            throw new InvalidValueException("weaponSystem", "weaponSystem must contain letters or digits");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static WeaponSystem of(String name) {
        return new WeaponSystem(name);
    }

    @JsonValue
    @Override
    public String name() {
        return name;
    }

    /** The identifying key: {@code RBK-500}, {@code URAGAN-220MM-ROCKET}. */
    public String key() {
        return keyOf(name);
    }

    static String keyOf(String name) {
        return name.toUpperCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    @Override
    public String toString() {
        return name;
    }
}
