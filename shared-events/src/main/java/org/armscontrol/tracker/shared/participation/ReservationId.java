package org.armscontrol.tracker.shared.participation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.TextRules;

import java.util.regex.Pattern;

/**
 * Identifies a reservation or declaration within its participation: {@code R} and the sequence number of the event
 * that recorded it ({@code R3}). Derived from the sequence number rather than drawn at random so that the answer
 * to a repeated request (same Idempotency-Key, which stores only the record and its version) names the same id.
 */
public record ReservationId(String value) {

    private static final Pattern FORM = Pattern.compile("R(0|[1-9][0-9]{0,17})");

    public ReservationId {
        TextRules.required(value, "reservationId");
        if (!FORM.matcher(value).matches()) {
            throw new InvalidValueException("reservationId", TextRules.echo(value)
                    + " is not a reservation id (R and a number, e.g. R1)");
        }
    }

    /** The id of the reservation recorded by the participation's event of that sequence number. */
    public static ReservationId recordedAt(long sequence) {
        return new ReservationId("R" + sequence);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ReservationId parse(String value) {
        return new ReservationId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
