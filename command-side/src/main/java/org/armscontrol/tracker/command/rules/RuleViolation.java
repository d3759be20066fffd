package org.armscontrol.tracker.command.rules;

import java.util.Optional;

/**
 * A command that would break a rule of the record, e.g. ratifying twice. Answered 409 with the {@code rule}
 * code, the {@code field} at fault where there is one, and a message that says what to do instead.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final String field;
    private final String clause;

    private RuleViolation(String rule, String field, String message, String clause) {
        super(message);
        this.rule = rule;
        this.field = field;
        this.clause = clause;
    }

    public RuleViolation(RuleCode rule, String field, String message) {
        this(rule.name(), field, message, null);
    }

    /** A violation of a rule that an instrument's final clauses lay down, citing them ("CCM Art. 18"). */
    public RuleViolation(RuleCode rule, String field, String message, String clause) {
        this(rule.name(), field, message, clause);
    }

    /** A stable, upper-snake-case code such as {@code ALREADY_PARTY}, listed in the README. */
    public String rule() {
        return rule;
    }

    /** The same violation, its message replaced by one that says what led to it. */
    public RuleViolation explainedBy(String message) {
        return new RuleViolation(rule, field, message, clause);
    }

    /** The clause of the instrument that the rule comes from, where it comes from one. */
    public Optional<String> clause() {
        return Optional.ofNullable(clause);
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
