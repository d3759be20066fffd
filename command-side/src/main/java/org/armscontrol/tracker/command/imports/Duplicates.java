package org.armscontrol.tracker.command.imports;

/**
 * What an import does with a statement row that probably duplicates a statement on record
 * ({@link org.armscontrol.tracker.command.duplicates.ProbableDuplicates}): the {@code duplicates} parameter.
 */
enum Duplicates {
    /** Hold the row back (outcome PROBABLE_DUPLICATE), writing nothing: the default. */
    SKIP,
    /** Write it all the same; the report still warns of it. */
    IMPORT
}
