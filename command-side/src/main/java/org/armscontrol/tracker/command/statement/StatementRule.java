package org.armscontrol.tracker.command.statement;

import org.armscontrol.tracker.command.rules.RuleCode;

/** The rules of a statement, each answered 409 with its code. */
public enum StatementRule implements RuleCode {
    AMENDMENT_CHANGES_NOTHING,
    STATEMENT_RETRACTED
}
