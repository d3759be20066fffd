package org.armscontrol.tracker.query.position;

import org.armscontrol.tracker.query.statement.StatementReadModel;
import org.armscontrol.tracker.query.stockpile.StockpileReadModel;
import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.query.vote.VoteReadModel;
import org.armscontrol.tracker.shared.query.CountryPosition;
import org.armscontrol.tracker.shared.query.CountryPositionQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Where a country stood at a date: statuses (with the reservations in force), stances, stockpiles and votes, each
 * as of that date.
 */
@Component
class CountryPositionQueryHandler {

    private final CountryStatuses statuses;
    private final StatementReadModel statements;
    private final StockpileReadModel stockpiles;
    private final VoteReadModel votes;

    CountryPositionQueryHandler(CountryStatuses statuses, StatementReadModel statements,
                                StockpileReadModel stockpiles, VoteReadModel votes) {
        this.statuses = statuses;
        this.statements = statements;
        this.stockpiles = stockpiles;
        this.votes = votes;
    }

    @QueryHandler
    CountryPosition handle(CountryPositionQuery query) {
        KnownAt known = KnownAt.of(query.knownAt());
        return new CountryPosition(query.country(), query.asOf(), query.knownAt(),
                statuses.of(query.country(), query.asOf(), known),
                statements.stancesOf(query.country(), query.asOf(), known),
                stockpiles.summariesOf(query.country(), query.asOf(), known),
                votes.votesOf(query.country(), query.asOf(), known));
    }
}
