package org.armscontrol.tracker.command.imports;

import org.armscontrol.tracker.platform.web.ProblemType;

/**
 * A file that cannot be imported at all (not CSV or JSON, no rows, a header without key or kind, an unknown
 * column): answered 400 for the whole request, before any row is tried.
 *
 * @see ImportController
 */
class ImportFileException extends RuntimeException {

    private final ProblemType type;
    private final String field;

    ImportFileException(ProblemType type, String field, String message) {
        super(message);
        this.type = type;
        this.field = field;
    }

    static ImportFileException malformed(String message) {
        return new ImportFileException(ProblemType.MALFORMED_BODY, "body", message);
    }

    ProblemType type() {
        return type;
    }

    String field() {
        return field;
    }
}
