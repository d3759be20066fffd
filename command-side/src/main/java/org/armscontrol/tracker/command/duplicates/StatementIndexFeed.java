package org.armscontrol.tracker.command.duplicates;

import org.armscontrol.tracker.shared.statement.StatementAmended;
import org.armscontrol.tracker.shared.statement.StatementContent;
import org.armscontrol.tracker.shared.statement.StatementRecorded;
import org.armscontrol.tracker.shared.statement.StatementRetracted;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Keeps the statement index that {@link ProbableDuplicates} reads. Its processor is subscribing, so the index row
 * commits (or, in a dry run, rolls back) with the event, and a failure fails the write rather than leave the index
 * behind the event store.
 */
@Component
@ProcessingGroup(StatementIndexFeed.PROCESSING_GROUP)
class StatementIndexFeed {

    static final String PROCESSING_GROUP = "statement-index";

    private final JdbcTemplate jdbc;

    StatementIndexFeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Autowired
    void configureProcessor(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }

    @EventHandler
    void on(StatementRecorded event) {
        keep(event.statementId().value(), event.country().value(), event.content());
    }

    @EventHandler
    void on(StatementAmended event) {
        keep(event.statementId().value(), event.country().value(), event.content());
    }

    @EventHandler
    void on(StatementRetracted event) {
        jdbc.update("UPDATE command_side.statement_index SET retracted = TRUE WHERE statement_id = ?",
                event.statementId().value());
    }

    private void keep(UUID id, String country, StatementContent content) {
        jdbc.update("""
                        INSERT INTO command_side.statement_index (statement_id, country, statement_date, forum, summary,
                                                                  instruments)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (statement_id) DO UPDATE SET statement_date = EXCLUDED.statement_date,
                            forum = EXCLUDED.forum, summary = EXCLUDED.summary, instruments = EXCLUDED.instruments""",
                id, country, content.date().date(), content.forum(), content.summary(),
                content.instruments().stream().map(InstrumentId::value).toArray(String[]::new));
    }
}
