package org.armscontrol.tracker.command.instrument;

import org.armscontrol.tracker.command.rules.RuleCode;

/** The rules of an instrument's definition, each answered 409 with its code (the README's rules table lists them). */
public enum InstrumentRule implements RuleCode {
    /** The id is taken, by the seed catalogue or by a registered instrument: amend it instead. */
    INSTRUMENT_EXISTS,
    /** The amendment gives the definition's current values. */
    AMENDMENT_CHANGES_NOTHING
}
