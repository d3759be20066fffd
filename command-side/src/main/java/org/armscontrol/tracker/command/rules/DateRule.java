package org.armscontrol.tracker.command.rules;

/** The rule on valid dates that every record obeys. */
public enum DateRule implements RuleCode {
    /** A date that has not begun anywhere on Earth yet. */
    DATE_IN_FUTURE
}
