package org.armscontrol.tracker.command.duplicates;

import org.armscontrol.tracker.platform.eventstore.SchemaMigration;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The probable-duplicate rule for statements, in one place: a statement on record of the same country and date
 * with the same forum or the same summary (compared without regard to case or runs of white space), or filed under
 * one of the same instruments, is probably the same statement typed again (the forum abbreviated, the summary in
 * other words). No rule refuses it, since a state may well say two things on a day: the import holds such rows
 * back unless told otherwise, and a form asks.
 * <p>
 * It reads the statement index ({@code command_side.statement_index}), which a subscribing handler keeps in the
 * transaction of each statement's events ({@link StatementIndexFeed}): in a dry run it therefore sees the rows of
 * the file before, as the rest of the dry run does.
 */
@Component
public class ProbableDuplicates {

    /** The same text for this rule: trimmed, white space runs as one space, lower case. */
    private static final String SAME = "lower(regexp_replace(btrim(%s), '\\s+', ' ', 'g'))";

    private final JdbcTemplate jdbc;

    // The schema migration first: the table must exist before the first statement is compared.
    ProbableDuplicates(JdbcTemplate jdbc, @Qualifier("commandSideSchemaMigration") SchemaMigration migrated) {
        this.jdbc = jdbc;
    }

    /** The statements on record that a new one of {@code country} on {@code date} probably duplicates. */
    public List<StatementOnRecord> of(CountryCode country, LocalDate date, String forum, String summary,
                                      List<String> instruments) {
        return jdbc.query("""
                        SELECT statement_id, forum, summary, retracted FROM command_side.statement_index
                         WHERE country = ? AND statement_date = ?
                           AND (%s = %s OR %s = %s OR instruments && CAST(? AS text[]))
                         ORDER BY statement_id""".formatted(SAME.formatted("forum"), SAME.formatted("?"),
                        SAME.formatted("summary"), SAME.formatted("?")),
                (rs, row) -> new StatementOnRecord(rs.getObject("statement_id", UUID.class), rs.getString("forum"),
                        rs.getString("summary"), rs.getBoolean("retracted")),
                country.value(), date, forum == null ? "" : forum, summary == null ? "" : summary,
                (instruments == null ? List.<String>of() : instruments).toArray(String[]::new));
    }

    /** A statement on record, as the rule compares it. */
    public record StatementOnRecord(UUID statementId, String forum, String summary, boolean retracted) {
    }
}
