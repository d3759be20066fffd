package org.armscontrol.tracker.shared.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who recorded a fact in the tracker: the signed-in user's name (from HTTP Basic or the identity provider's
 * token). Carried by every event and its metadata, never taken from a request body or header.
 */
public record Recorder(String username) {

    public static final int MAX_LENGTH = 100;

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
