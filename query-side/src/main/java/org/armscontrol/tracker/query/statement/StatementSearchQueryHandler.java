package org.armscontrol.tracker.query.statement;

import org.armscontrol.tracker.shared.query.StatementPage;
import org.armscontrol.tracker.shared.query.StatementSearchQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Statements by country, instrument, stance, dates and words, newest first. */
@Component
class StatementSearchQueryHandler {

    private final StatementReadModel statements;

    StatementSearchQueryHandler(StatementReadModel statements) {
        this.statements = statements;
    }

    @QueryHandler
    StatementPage handle(StatementSearchQuery query) {
        return statements.search(query);
    }
}
