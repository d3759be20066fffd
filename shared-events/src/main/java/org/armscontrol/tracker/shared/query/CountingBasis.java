package org.armscontrol.tracker.shared.query;

import com.fasterxml.jackson.annotation.JsonValue;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.TextRules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a count of parties counts. Depositaries publish both figures: the states that deposited an instrument of
 * consent ({@code deposited}: the PARTY status, the default), and those for which the instrument is in force on the
 * date ({@code in-force}: a party whose entry into force is still to come counts as {@link #DEPOSITED_NOT_IN_FORCE}).
 */
public enum CountingBasis {
    DEPOSITED("deposited"),
    IN_FORCE("in-force");

    /** The count key, with basis in-force, of parties for which the instrument is not yet in force on the date. */
    public static final String DEPOSITED_NOT_IN_FORCE = "DEPOSITED_NOT_IN_FORCE";

    private final String value;

    CountingBasis(String value) {
        this.value = value;
    }

    /** Parses the query parameter {@code basis}, as written ({@code deposited} or {@code in-force}). */
    public static CountingBasis of(String raw) {
        for (CountingBasis basis : values()) {
            if (basis.value.equals(raw)) {
                return basis;
            }
        }
        throw new InvalidValueException("basis", "basis " + TextRules.echo(raw)
                + " is not one of deposited, in-force");
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The key under which a participant with this status, in force or not on the date, is counted. */
    public String countKey(ParticipationStatus status, boolean inForce) {
        return this == IN_FORCE && status == ParticipationStatus.PARTY && !inForce
                ? DEPOSITED_NOT_IN_FORCE : status.name();
    }

    /** Every key of this basis at zero, in status order: each status but NONE (and DEPOSITED_NOT_IN_FORCE). */
    public Map<String, Integer> zeros() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ParticipationStatus status : ParticipationStatus.values()) {
            if (status != ParticipationStatus.NONE) {
                counts.put(status.name(), 0);
            }
            if (status == ParticipationStatus.PARTY && this == IN_FORCE) {
                counts.put(DEPOSITED_NOT_IN_FORCE, 0);
            }
        }
        return counts;
    }

    @Override
    public String toString() {
        return value;
    }
}
