package org.armscontrol.tracker.platform.security;

/** What a user may do. */
public enum Role {
    /** Records facts and corrections; reads. */
    DATA_ENTRY,
    /** Reads positions and histories. */
    ANALYST,
    /** Reads, and the audit log, lineage and integrity checks. */
    AUDITOR,
    /** Reads, audit, and rebuilding the read models. */
    ADMIN;

    /** Every role: what any signed-in user may read. */
    public static String[] all() {
        return java.util.Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }
}
