package org.armscontrol.tracker.shared.value;

import java.util.Optional;

/**
 * A value that breaks the rules of its type, e.g. an unknown country code or a blank citation.
 * <p>
 * {@code property} names the offending part of a composite value (the {@code citation} of a {@link Source})
 * or the component of a command; it is empty when the value as a whole is wrong. The HTTP layer turns it
 * into the {@code field} of a 400 problem body.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String property;

    public InvalidValueException(String message) {
        this(null, message);
    }

    public InvalidValueException(String property, String message) {
        super(message);
        this.property = property;
    }

    public Optional<String> property() {
        return Optional.ofNullable(property);
    }
}
