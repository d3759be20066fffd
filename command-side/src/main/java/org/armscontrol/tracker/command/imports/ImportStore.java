package org.armscontrol.tracker.command.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The imports table ({@code command_side.imports}). Every write commits on its own (a connection of its own, in
 * auto-commit), whatever transaction the calling thread is in: progress must show while a dry run's transaction is
 * open, and survive its rollback.
 */
@Repository
class ImportStore {

    private static final String COLUMNS = "id, dry_run, status, format, file_name, started_by, started_at, "
            + "finished_at, rows, processed, accepted, already_imported, rejected, probable_duplicates, failure";

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    ImportStore(DataSource dataSource, ObjectMapper mapper) {
        // Another DataSource object for the same pool: Spring binds no connection of the thread's to it.
        this.jdbc = new JdbcTemplate(new DelegatingDataSource(dataSource));
        this.mapper = mapper;
    }

    /** Records the import as RUNNING, owned by {@code owner} for {@code lease} (the database's clock). */
    void started(ImportReport report, String owner, Duration lease) {
        update("""
                        INSERT INTO command_side.imports (id, file_name, started_by, started_at, updated_at, dry_run,
                        format, status, rows, owner, lease_until)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now() + make_interval(secs => ?))""",
                report.importId(), report.fileName(), report.startedBy(), Timestamp.from(report.startedAt()),
                Timestamp.from(report.startedAt()), report.dryRun(), report.format().name(), report.status().name(),
                report.rows(), owner, seconds(lease));
    }

    /** Extends the lease of every RUNNING import {@code owner} holds; the number renewed. */
    int renew(String owner, Duration lease) {
        return jdbc.update("""
                UPDATE command_side.imports SET lease_until = now() + make_interval(secs => ?)
                WHERE status = 'RUNNING' AND owner = ?""", seconds(lease), owner);
    }

    void progressed(UUID id, ImportCounts counts) {
        update("""
                        UPDATE command_side.imports SET processed = ?, accepted = ?, already_imported = ?, rejected = ?,
                        probable_duplicates = ?, updated_at = now() WHERE id = ?""",
                counts.processed(), counts.accepted(), counts.alreadyImported(), counts.rejected(),
                counts.probableDuplicates(), id);
    }

    /** Stores the final report, DONE or FAILED. */
    void finished(ImportReport report) {
        update("""
                        UPDATE command_side.imports SET status = ?, finished_at = ?, updated_at = now(), processed = ?,
                        accepted = ?, already_imported = ?, rejected = ?, probable_duplicates = ?, failure = ?,
                        report = ?::jsonb WHERE id = ?""",
                report.status().name(), Timestamp.from(report.finishedAt()), report.processed(), report.accepted(),
                report.alreadyImported(), report.rejected(), report.probableDuplicates(), report.failure(),
                report.results() == null ? null : json(report), report.importId());
    }

    /**
     * Marks FAILED the RUNNING imports whose owner stopped renewing their lease: the instance running them stopped
     * or lost the database. Rows from before the leases (no owner) count as expired once silent for
     * {@code legacySilence}.
     */
    int expire(Duration legacySilence) {
        return jdbc.update("""
                UPDATE command_side.imports SET status = 'FAILED', finished_at = now(), updated_at = now(),
                failure = 'interrupted: the instance running the import stopped (its lease expired at '
                          || coalesce(lease_until::text, updated_at::text) || '); rows processed before are '
                          || 'written (a dry run wrote nothing). Import the file again: rows already imported are '
                          || 'skipped.'
                WHERE status = 'RUNNING' AND (lease_until < now()
                      OR (lease_until IS NULL AND updated_at < now() - make_interval(secs => ?)))""",
                seconds(legacySilence));
    }

    /** The import with every row's result once it is done. */
    Optional<ImportReport> find(UUID id) {
        List<String> reports = jdbc.query("SELECT report::text FROM command_side.imports WHERE id = ?",
                (rs, row) -> rs.getString(1), id);
        if (reports.isEmpty()) {
            return Optional.empty();
        }
        if (reports.get(0) != null) {
            return Optional.of(read(reports.get(0)));
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM command_side.imports WHERE id = ?", SUMMARY, id)
                .stream().findFirst();
    }

    /** The latest imports, newest first, without their rows. */
    List<ImportReport> recent(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM command_side.imports ORDER BY started_at DESC LIMIT ?",
                SUMMARY, limit);
    }

    /** The latest imports {@code startedBy} started, newest first. */
    List<ImportReport> recentOf(String startedBy, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM command_side.imports WHERE started_by = ? "
                + "ORDER BY started_at DESC LIMIT ?", SUMMARY, startedBy, limit);
    }

    private static final RowMapper<ImportReport> SUMMARY = (rs, row) -> {
        int rows = rs.getInt("rows");
        int processed = rs.getInt("processed");
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ImportReport(rs.getObject("id", UUID.class), rs.getBoolean("dry_run"),
                ImportStatus.valueOf(rs.getString("status")), ImportFormat.valueOf(rs.getString("format")),
                rs.getString("file_name"), rs.getString("started_by"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(), rows, processed, ImportReport.percent(processed, rows),
                rs.getInt("accepted"), rs.getInt("already_imported"), rs.getInt("rejected"),
                rs.getInt("probable_duplicates"), rs.getString("failure"), null);
    };

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private void update(String sql, Object... arguments) {
        jdbc.update(sql, arguments);
    }

    private String json(ImportReport report) {
        try {
            return mapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the report of import " + report.importId(), e);
        }
    }

    private ImportReport read(String json) {
        try {
            return mapper.readValue(json, ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored import report", e);
        }
    }
}
