package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

/** A command recording one action of a state on an instrument. */
public interface TreatyActionCommand extends ParticipationCommand {

    /** Maximum length of the free-text note of an action. */
    int MAX_NOTE_LENGTH = 2_000;

    TreatyAction action();

    /** When the action took place (deposit of the instrument, signature, admission). */
    ValidDate date();

    Source source();

    /** Free text for what the structured fields do not say, or null. */
    String note();
}
