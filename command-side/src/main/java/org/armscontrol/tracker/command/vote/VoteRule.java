package org.armscontrol.tracker.command.vote;

import org.armscontrol.tracker.command.rules.RuleCode;

/** The rules of a vote, each answered 409 with its code. */
public enum VoteRule implements RuleCode {
    ALREADY_VOTED,
    CORRECTION_CHANGES_NOTHING,
    ALREADY_VOID,
    /** Any change to a vote that was voided. */
    VOIDED
}
