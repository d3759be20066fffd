package org.armscontrol.tracker.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of one row.
 *
 * @param row      1-based number of the row in the file (not counting a CSV header)
 * @param line     CSV: the line of the file the row starts on
 * @param recordId the record written (or already written) to: a participation ({@code BLR:CCW}), statement id or
 *                 stockpile ({@code BLR:RBK-500}); null when rejected, and for a new statement in a dry run (its id
 *                 is chosen when it is really written)
 * @param version  the record's version after the row
 * @param country  the state of a statement written (a statement's id, unlike the others, does not name it), so
 *                 that the report can link to its timeline
 * @param warning  what the row was written (or held back) despite: a probable duplicate
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowResult(int row, Integer line, String key, String kind, Outcome outcome, String recordId,
                        Long version, String country, RowError error, RowWarning warning) {

    RowResult warned(RowWarning warning) {
        return new RowResult(row, line, key, kind, outcome, recordId, version, country, error, warning);
    }
}
