package org.armscontrol.tracker.shared.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who recorded a fact in the tracker: the authenticated user name (until authentication exists, the
 * {@code X-User} header, or "anonymous"). Carried by every event, never taken from a request body.
 */
public record Recorder(String username) {

    public static final int MAX_LENGTH = 100;
    public static final Recorder ANONYMOUS = new Recorder("anonymous");

    public Recorder {
        TextRules.requireLine(username, "recordedBy", MAX_LENGTH);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Recorder of(String username) {
        return new Recorder(username);
    }

    @JsonValue
    @Override
    public String username() {
        return username;
    }

    @Override
    public String toString() {
        return username;
    }
}
