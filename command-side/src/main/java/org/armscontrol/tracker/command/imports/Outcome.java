package org.armscontrol.tracker.command.imports;

/** What became of one row. */
public enum Outcome {
    /** Written now. */
    ACCEPTED,
    /** Dry run: would be written (every rule checked, earlier rows of the file included). */
    WOULD_BE_ACCEPTED,
    /** Its key was imported before with the same content: nothing new is written; the record is the one written then. */
    ALREADY_IMPORTED,
    /**
     * The same fact (an action of the same kind on the same date, or the same reservation text) is already in the
     * record, e.g. from another source: nothing is written, and the row is not refused. Counted with
     * {@code alreadyImported}.
     */
    ALREADY_RECORDED,
    /**
     * A statement row that probably duplicates a statement on record (same country and date, same forum or summary):
     * not written, see its warning; {@code duplicates=import} writes it all the same.
     */
    PROBABLE_DUPLICATE,
    /** Not written (would not be, in a dry run): see its error. */
    REJECTED
}
