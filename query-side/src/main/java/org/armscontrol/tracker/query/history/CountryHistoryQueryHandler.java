package org.armscontrol.tracker.query.history;

import org.armscontrol.tracker.query.participation.TreatyActionReadModel;
import org.armscontrol.tracker.query.reservation.ReservationReadModel;
import org.armscontrol.tracker.query.statement.StatementReadModel;
import org.armscontrol.tracker.query.stockpile.StockpileReadModel;
import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.query.vote.VoteReadModel;
import org.armscontrol.tracker.shared.query.CountryHistory;
import org.armscontrol.tracker.shared.query.CountryHistoryQuery;
import org.armscontrol.tracker.shared.query.HistoryCursor;
import org.armscontrol.tracker.shared.query.HistoryEntry;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A country's timeline: treaty actions, reservations, statements, stockpile reports and votes merged in valid-date
 * order, whole or a page of it. A page is cut from the merged timeline after the cursor's place (keyset, not an
 * offset, so entries recorded between two pages shift nothing already read); each read model is still read whole.
 */
@Component
class CountryHistoryQueryHandler {

    /** By valid date; facts of the same date in the order they were recorded. */
    private static final Comparator<HistoryEntry> TIMELINE = Comparator.comparing(HistoryCursor::of);

    private final TreatyActionReadModel treatyActions;
    private final StatementReadModel statements;
    private final StockpileReadModel stockpiles;
    private final VoteReadModel votes;
    private final ReservationReadModel reservations;

    CountryHistoryQueryHandler(TreatyActionReadModel treatyActions, StatementReadModel statements,
                               StockpileReadModel stockpiles, VoteReadModel votes,
                               ReservationReadModel reservations) {
        this.treatyActions = treatyActions;
        this.statements = statements;
        this.stockpiles = stockpiles;
        this.votes = votes;
        this.reservations = reservations;
    }

    @QueryHandler
    CountryHistory handle(CountryHistoryQuery query) {
        KnownAt known = KnownAt.of(query.knownAt());
        List<HistoryEntry> entries = Stream.of(
                        treatyActions.historyOf(query.country(), query.instrument(), query.from(), query.to(), known),
                        statements.historyOf(query.country(), query.instrument(), query.from(), query.to(), known),
                        stockpiles.historyOf(query.country(), query.instrument(), query.from(), query.to(), known),
                        votes.historyOf(query.country(), query.instrument(), query.from(), query.to(), known),
                        reservations.historyOf(query.country(), query.instrument(), query.from(), query.to(), known))
                .flatMap(List::stream)
                .sorted(TIMELINE)
                .filter(entry -> query.after() == null || HistoryCursor.of(entry).compareTo(query.after()) > 0)
                .toList();
        if (query.limit() == null || entries.size() <= query.limit()) {
            return new CountryHistory(query.country(), query.knownAt(), entries);
        }
        List<HistoryEntry> page = entries.subList(0, query.limit());
        return new CountryHistory(query.country(), query.knownAt(), page,
                HistoryCursor.of(page.get(page.size() - 1)).encoded());
    }
}
