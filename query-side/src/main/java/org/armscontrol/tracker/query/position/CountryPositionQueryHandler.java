package org.armscontrol.tracker.query.position;

import org.armscontrol.tracker.query.participation.TreatyActionReadModel;
import org.armscontrol.tracker.query.reservation.ReservationReadModel;
import org.armscontrol.tracker.query.statement.StatementReadModel;
import org.armscontrol.tracker.query.stockpile.StockpileReadModel;
import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.query.vote.VoteReadModel;
import org.armscontrol.tracker.shared.query.CountryPosition;
import org.armscontrol.tracker.shared.query.CountryPositionQuery;
import org.armscontrol.tracker.shared.query.InstrumentStatus;
import org.armscontrol.tracker.shared.query.ParticipationDates;
import org.armscontrol.tracker.shared.query.ReservationInForce;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Where a country stood at a date: statuses (with the reservations in force), stances, stockpiles and votes, each
 * as of that date.
 */
@Component
class CountryPositionQueryHandler {

    private final TreatyActionReadModel treatyActions;
    private final StatementReadModel statements;
    private final StockpileReadModel stockpiles;
    private final VoteReadModel votes;
    private final ReservationReadModel reservations;

    CountryPositionQueryHandler(TreatyActionReadModel treatyActions, StatementReadModel statements,
                                StockpileReadModel stockpiles, VoteReadModel votes,
                                ReservationReadModel reservations) {
        this.treatyActions = treatyActions;
        this.statements = statements;
        this.stockpiles = stockpiles;
        this.votes = votes;
        this.reservations = reservations;
    }

    @QueryHandler
    CountryPosition handle(CountryPositionQuery query) {
        KnownAt known = KnownAt.of(query.knownAt());
        return new CountryPosition(query.country(), query.asOf(), query.knownAt(),
                withReservationsAndDates(treatyActions.statusesOf(query.country(), query.asOf(), known),
                        reservations.inForceOn(query.country(), query.asOf(), known),
                        treatyActions.datesOf(query.country(), query.asOf(), known)),
                statements.stancesOf(query.country(), query.asOf(), known),
                stockpiles.summariesOf(query.country(), query.asOf(), known),
                votes.votesOf(query.country(), query.asOf(), known));
    }

    /**
     * Every status with the reservations on its instrument (a reservation needs an action, hence a status) and the
     * dates of its participation side by side.
     */
    private static List<InstrumentStatus> withReservationsAndDates(List<InstrumentStatus> statuses,
                                                                   Map<InstrumentId, List<ReservationInForce>> inForce,
                                                                   Map<String, ParticipationDates> dates) {
        return statuses.stream()
                .map(status -> status.withReservations(inForce.getOrDefault(status.instrument(), List.of()))
                        .withDates(dates.getOrDefault(status.instrument().value(), ParticipationDates.NONE)))
                .toList();
    }
}
