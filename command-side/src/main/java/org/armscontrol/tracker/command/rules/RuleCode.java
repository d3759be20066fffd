package org.armscontrol.tracker.command.rules;

/** A rule of the record, by its stable upper-snake-case code (answered in the problem's {@code rule}). */
public interface RuleCode {

    String name();
}
