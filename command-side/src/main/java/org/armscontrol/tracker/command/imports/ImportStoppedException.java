package org.armscontrol.tracker.command.imports;

/** An import ended between two rows because the application is stopping. */
class ImportStoppedException extends RuntimeException {

    private final int rowsDone;

    ImportStoppedException(int rowsDone) {
        super("the application is stopping; the import ended after " + rowsDone + " rows");
        this.rowsDone = rowsDone;
    }

    int rowsDone() {
        return rowsDone;
    }
}
