package org.armscontrol.tracker.command.rules;

import java.util.Optional;

/**
 * A command that would break a rule of the record, e.g. ratifying twice. Answered 409 with the {@code rule}
 * code, the {@code field} at fault where there is one, and a message that says what to do instead.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public RuleViolation(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    /** A stable, upper-snake-case code such as {@code ALREADY_PARTY}, listed in the README. */
    public String rule() {
        return rule;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
