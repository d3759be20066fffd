package org.armscontrol.tracker.shared.stockpile;

import org.armscontrol.tracker.shared.value.InstrumentId;

import java.util.List;

/** The kind of weapon a stockpile holds, as the instruments that ban or restrict it define them. */
public enum MunitionCategory {
    CLUSTER_MUNITION("CCM"),
    ANTI_PERSONNEL_MINE("APMBT"),
    CHEMICAL_WEAPON("CWC"),
    BIOLOGICAL_WEAPON("BWC"),
    NUCLEAR_WEAPON("NPT", "TPNW"),
    BALLISTIC_MISSILE("MTCR", "HCOC"),
    INCENDIARY_WEAPON("CCW"),
    OTHER;

    private final List<String> instruments;

    MunitionCategory(String... instruments) {
        this.instruments = List.of(instruments);
    }

    /** The instruments that ban or restrict weapons of this kind: a stockpile concerns them. */
    public List<InstrumentId> instruments() {
        return instruments.stream().map(InstrumentId::of).toList();
    }
}
