package org.armscontrol.tracker.query.compare;

import org.armscontrol.tracker.query.position.CountryStatuses;
import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.query.ComparedState;
import org.armscontrol.tracker.shared.query.Comparison;
import org.armscontrol.tracker.shared.query.ComparisonQuery;
import org.armscontrol.tracker.shared.query.InstrumentStatus;
import org.armscontrol.tracker.shared.query.ParticipationDates;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * States side by side: each state's statuses are those of its position on the same date, as known at the same
 * instant ({@link CountryStatuses}); an instrument it has no record on is a NONE cell without dates.
 */
@Component
class ComparisonQueryHandler {

    private final CountryStatuses statuses;
    private final M49Regions regions;

    ComparisonQueryHandler(CountryStatuses statuses, M49Regions regions) {
        this.statuses = statuses;
        this.regions = regions;
    }

    @QueryHandler
    Comparison handle(ComparisonQuery query) {
        KnownAt known = KnownAt.of(query.knownAt());
        List<ComparedState> states = new ArrayList<>();
        for (CountryCode country : query.countries()) {
            Map<InstrumentId, InstrumentStatus> byInstrument = statuses.of(country, query.asOf(), known).stream()
                    .collect(Collectors.toMap(InstrumentStatus::instrument, Function.identity()));
            List<InstrumentStatus> cells = query.instruments().stream()
                    .map(instrument -> byInstrument.getOrDefault(instrument, none(instrument)))
                    .filter(cell -> query.status() == null || cell.status() == query.status())
                    .toList();
            if (query.status() != null && cells.isEmpty()) {
                continue;
            }
            var placement = regions.of(country);
            states.add(new ComparedState(country, placement.map(M49Regions.Placement::region).orElse(null),
                    placement.map(M49Regions.Placement::subRegion).orElse(null), cells));
        }
        return new Comparison(query.asOf(), query.knownAt(), query.status(), null, query.instruments(), states);
    }

    /** No record on the instrument (by then, as known then). */
    private static InstrumentStatus none(InstrumentId instrument) {
        return new InstrumentStatus(instrument, ParticipationStatus.NONE, null, null, null, false, null, null,
                List.of(), ParticipationDates.NONE);
    }
}
