package org.armscontrol.tracker.shared.value;

import java.util.List;
import java.util.stream.Stream;

/**
 * A state's names as people read them beside its code: the UN's short name ({@code CIV}: "Côte d'Ivoire"), the names
 * the UN used before a rename ("Swaziland" for {@code SWZ}), and other spellings of the depositary's tables
 * ("St. Lucia"). One row of {@code countries/un-short-names.csv}; {@link CountryNames} holds them all.
 *
 * @param basis whether the name is the UN's, or the JDK's English name of a territory the UN names no state for
 */
public record CountryName(CountryCode code, String name, Basis basis, List<String> formerNames,
                          List<String> alsoWritten) {

    public CountryName {
        TextRules.required(code, "code");
        TextRules.requireLine(name, "name", 100);
        TextRules.required(basis, "basis");
        formerNames = List.copyOf(formerNames);
        alsoWritten = List.copyOf(alsoWritten);
    }

    /** Where a name comes from. */
    public enum Basis {
        /** The UN's short name of a member or observer state, or of a state the Secretary-General lists. */
        UN,
        /** No UN short name (a territory, Taiwan, Antarctica): the JDK's English name. */
        JDK
    }

    /** Every name this state is known by here: the current one first. */
    Stream<String> everyName() {
        return Stream.of(Stream.of(name), formerNames.stream(), alsoWritten.stream()).flatMap(s -> s);
    }

    /** "Belarus (BLR)": how pickers and messages show a state. */
    public String label() {
        return name + " (" + code.value() + ")";
    }
}
