package org.armscontrol.tracker.command.imports;

import org.springframework.http.ProblemDetail;

/**
 * One row of an import file as read: where it is, its key and kind, and either the body of the single write it
 * stands for or the problem that keeps it from being one.
 *
 * @param row     1-based number of the row among the file's rows (the header of a CSV file is not a row)
 * @param line    the line of the file the row starts on (CSV), or null (JSON)
 * @param key     the row's key, as given (may be invalid when {@code problem} says so)
 * @param kind    the row's kind, as given
 * @param body    the request the single write takes (see {@link org.armscontrol.tracker.command.web.BodyWrites}),
 *                or null when {@code problem} is set
 * @param problem why the row cannot be written, found while reading it, or null
 */
record ImportRow(int row, Integer line, String key, String kind, Object body, ProblemDetail problem) {

    static ImportRow readable(int row, Integer line, String key, String kind, Object body) {
        return new ImportRow(row, line, key, kind, body, null);
    }

    static ImportRow unreadable(int row, Integer line, String key, String kind, ProblemDetail problem) {
        return new ImportRow(row, line, key, kind, null, problem);
    }
}
