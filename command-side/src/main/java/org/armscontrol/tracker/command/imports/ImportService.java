package org.armscontrol.tracker.command.imports;

import org.armscontrol.tracker.command.participation.ParticipationRule;
import org.armscontrol.tracker.command.duplicates.ProbableDuplicates;

import org.armscontrol.tracker.command.idempotency.IdempotencyKeyReusedException;
import org.armscontrol.tracker.command.web.BodyWrite;
import org.armscontrol.tracker.command.web.BodyWrites;
import org.armscontrol.tracker.command.web.StatementRequest;
import org.armscontrol.tracker.command.web.WriteProblems;
import org.armscontrol.tracker.platform.web.ProblemType;
import org.armscontrol.tracker.platform.web.Problems;
import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Sends the rows of an import file, in order, each as the single write it stands for; a rejected row never stops
 * the others.
 * <p>
 * For real, each row is a command of its own, in its own transaction, with an Idempotency-Key derived from the row
 * key: importing the file again writes nothing new. A dry run sends the same commands on this thread inside one
 * transaction ({@link DryRunConnection}) that is rolled back at the end (the command bus handles commands on the
 * caller's thread), so that every rule sees the rows before it, and nothing is written. Each row runs in a
 * savepoint there, so that a rejected row leaves nothing behind for the next, as a rolled-back write would not.
 * <p>
 * A statement row is first compared with the statements on record ({@link ProbableDuplicates}, which in a dry run
 * sees the rows before it too): a probable duplicate is held back unless the run says to import duplicates, and
 * carries a warning either way.
 */
@Service
class ImportService {

    private final BodyWrites writes;
    private final WriteProblems problems;
    private final DataSource dataSource;
    private final ProbableDuplicates duplicates;
    private final ImportedKeys importedKeys;

    ImportService(BodyWrites writes, WriteProblems problems, DataSource dataSource, ProbableDuplicates duplicates,
                  ImportedKeys importedKeys) {
        this.writes = writes;
        this.problems = problems;
        this.dataSource = dataSource;
        this.duplicates = duplicates;
        this.importedKeys = importedKeys;
    }

    /**
     * @param done told of each row's result as soon as it is known, in order
     * @return every row's result, in file order
     */
    List<RowResult> run(ImportFile file, ImportRun run, Consumer<RowResult> done) {
        return run(file, run, done, () -> false);
    }

    /**
     * @param stopRequested asked before each row: once true, the import ends there ({@link ImportStoppedException}),
     *                      every row before it written once and the rest not at all
     */
    List<RowResult> run(ImportFile file, ImportRun run, Consumer<RowResult> done, BooleanSupplier stopRequested) {
        if (!run.dryRun()) {
            return rows(file, run, null, done, stopRequested);
        }
        try (DryRunConnection transaction = DryRunConnection.open(dataSource)) {
            return rows(file, run, transaction, done, stopRequested);
        }
    }

    private List<RowResult> rows(ImportFile file, ImportRun run, DryRunConnection dryRun, Consumer<RowResult> done,
                                 BooleanSupplier stopRequested) {
        List<RowResult> results = new ArrayList<>(file.rows().size());
        for (ImportRow row : file.rows()) {
            if (stopRequested.getAsBoolean()) {
                throw new ImportStoppedException(results.size());
            }
            RowResult result = row(row, file.format(), run, dryRun);
            results.add(result);
            done.accept(result);
        }
        return results;
    }

    private RowResult row(ImportRow row, ImportFormat format, ImportRun run, DryRunConnection dryRun) {
        if (row.problem() != null) {
            return rejected(row, RowError.of(row.problem(), format));
        }
        RowWarning duplicate = row.body() instanceof StatementRequest statement
                ? probableDuplicate(statement, run.keys().idempotencyKey(row.key())) : null;
        if (duplicate != null && run.duplicates() == Duplicates.SKIP) {
            return new RowResult(row.row(), row.line(), row.key(), row.kind(), Outcome.PROBABLE_DUPLICATE, null, null,
                    null, null, duplicate);
        }
        RowResult result = write(row, format, run, dryRun);
        return duplicate == null ? result : result.warned(duplicate);
    }

    /**
     * The statements on record the row's statement probably duplicates, as a warning, or null: none, or a country
     * or date the write will refuse anyway, or a row imported before (its write answers ALREADY_IMPORTED).
     */
    private RowWarning probableDuplicate(StatementRequest statement, String idempotencyKey) {
        CountryCode country;
        LocalDate date;
        try {
            country = CountryCode.of(statement.country());
            date = LocalDate.parse(statement.date());
        } catch (RuntimeException unreadable) {
            return null;
        }
        List<String> ids = duplicates.of(country, date, statement.forum(), statement.summary(),
                        statement.instruments()).stream()
                .map(found -> found.statementId().toString())
                .toList();
        if (ids.isEmpty() || importedKeys.recordOf(idempotencyKey).isPresent()) {
            return null;
        }
        return new RowWarning(PROBABLE_DUPLICATE, "the tracker already holds "
                + (ids.size() == 1 ? "a statement" : ids.size() + " statements") + " of " + country.value() + " on "
                + date + " with the same forum, summary or instrument: " + String.join(", ", ids)
                + "; import it with duplicates=import if it is another statement", ids);
    }

    private static final String PROBABLE_DUPLICATE = Outcome.PROBABLE_DUPLICATE.name();

    private RowResult write(ImportRow row, ImportFormat format, ImportRun run, DryRunConnection dryRun) {
        BodyWrite write = new BodyWrite(run.recordedBy(), run.correlationId(), run.keys().idempotencyKey(row.key()),
                run.keys().options(run.recordedBy(), run.dryRun()));
        try {
            WriteResult written = dryRun != null
                    ? dryRun.row(() -> writes.write(row.body(), write))
                    : writes.write(row.body(), write);
            return written(row, written, run.dryRun());
        } catch (IdempotencyKeyReusedException e) {
            return rejected(row, RowError.of(Problems.forField(HttpStatus.UNPROCESSABLE_ENTITY,
                    ProblemType.IDEMPOTENCY_KEY_REUSED, "key", "key '" + row.key() + "' was imported before with "
                            + "other content or by another kind of row; give a new row a new key"), format));
        } catch (RuntimeException e) {
            RowError error = RowError.of(problems.of(e), format);
            return ALREADY_RECORDED.equals(error.rule())
                    ? new RowResult(row.row(), row.line(), row.key(), row.kind(), Outcome.ALREADY_RECORDED, null, null,
                    null, error, null)
                    : rejected(row, error);
        }
    }

    private static RowResult written(ImportRow row, WriteResult written, boolean dryRun) {
        Outcome outcome = written.replayed() ? Outcome.ALREADY_IMPORTED
                : dryRun ? Outcome.WOULD_BE_ACCEPTED : Outcome.ACCEPTED;
        // A new statement's id is drawn when it is written: the one of a dry run is never used.
        boolean idUnknown = outcome == Outcome.WOULD_BE_ACCEPTED && row.body() instanceof StatementRequest;
        String country = !idUnknown && row.body() instanceof StatementRequest statement
                ? CountryCode.of(statement.country()).value() : null;
        return new RowResult(row.row(), row.line(), row.key(), row.kind(), outcome,
                idUnknown ? null : written.aggregateId(), idUnknown ? null : written.version(), country, null, null);
    }

    /** The rule by which a write refuses a fact it already holds (a duplicate). */
    private static final String ALREADY_RECORDED = ParticipationRule.ALREADY_RECORDED.name();

    private static RowResult rejected(ImportRow row, RowError error) {
        return new RowResult(row.row(), row.line(), row.key(), row.kind(), Outcome.REJECTED, null, null, null, error,
                null);
    }
}
