package org.armscontrol.tracker.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import: who started it, how far it got and, once done, what became of every row. In a dry run
 * {@code accepted} counts the rows that would be accepted.
 *
 * @param fileName the name of the file imported, as the request gave it ({@code name}), or null
 * @param probableDuplicates the statement rows held back as probable duplicates (PROBABLE_DUPLICATE)
 * @param results every row's outcome, in file order; null while the import runs
 * @param failure why an import FAILED (something other than its rows went wrong)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReport(UUID importId, boolean dryRun, ImportStatus status, ImportFormat format, String fileName,
                           String startedBy, Instant startedAt, Instant finishedAt, int rows, int processed,
                           int percent, int accepted, int alreadyImported, int rejected, int probableDuplicates,
                           String failure, List<RowResult> results) {

    /** How much of the file is done, in whole percent (100 only when every row is). */
    static int percent(int processed, int rows) {
        return rows == 0 ? 100 : (int) (100L * processed / rows);
    }
}
