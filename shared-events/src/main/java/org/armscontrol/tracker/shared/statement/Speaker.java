package org.armscontrol.tracker.shared.statement;

import org.armscontrol.tracker.shared.value.TextRules;

/**
 * Who spoke for the state: a name as the source gives it ("Ivan Grinevich") and, where known, the role in which
 * they spoke ("Counselor, Ministry of Foreign Affairs").
 */
public record Speaker(String name, String role) {

    public static final int MAX_NAME_LENGTH = 300;
    public static final int MAX_ROLE_LENGTH = 300;

    public Speaker {
        name = TextRules.requireLine(name, "speaker", MAX_NAME_LENGTH);
        role = TextRules.optionalLine(role, "speakerRole", MAX_ROLE_LENGTH);
    }

    /** A speaker from a request's fields, or none when no name is given (a role alone is refused). */
    public static Speaker of(String name, String role) {
        if (name == null) {
            if (role != null) {
                throw new org.armscontrol.tracker.shared.value.InvalidValueException("speakerRole",
                        "speakerRole is given without the speaker it qualifies");
            }
            return null;
        }
        return new Speaker(name, role);
    }
}
