package org.armscontrol.tracker.command.imports;

/** What became of one row. */
public enum Outcome {
    /** Written now. */
    ACCEPTED,
    /** Dry run: would be written (every rule checked, earlier rows of the file included). */
    WOULD_BE_ACCEPTED,
    /** Its key was imported before with the same content: nothing new is written; the record is the one written then. */
    ALREADY_IMPORTED,
    /** Not written (would not be, in a dry run): see its error. */
    REJECTED
}
