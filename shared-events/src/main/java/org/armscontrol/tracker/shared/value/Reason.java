package org.armscontrol.tracker.shared.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a recorded fact is corrected, amended, revised or retracted. Required on every such change: the record
 * is never edited silently.
 */
public record Reason(String text) {

    public static final int MAX_LENGTH = 2_000;

    public Reason {
        TextRules.requireText(text, "reason", MAX_LENGTH);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Reason of(String text) {
        return new Reason(text);
    }

    @JsonValue
    @Override
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
