package org.armscontrol.tracker.shared.stockpile;

/** The kind of weapon a stockpile holds, as the instruments that ban or restrict it define them. */
public enum MunitionCategory {
    CLUSTER_MUNITION,
    ANTI_PERSONNEL_MINE,
    CHEMICAL_WEAPON,
    BIOLOGICAL_WEAPON,
    NUCLEAR_WEAPON,
    BALLISTIC_MISSILE,
    INCENDIARY_WEAPON,
    OTHER
}
