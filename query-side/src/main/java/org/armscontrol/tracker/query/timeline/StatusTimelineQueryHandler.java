package org.armscontrol.tracker.query.timeline;

import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.shared.query.CountryStatusTimeline;
import org.armscontrol.tracker.shared.query.CountryStatusTimelineQuery;
import org.armscontrol.tracker.shared.query.InstrumentStatusTimeline;
import org.armscontrol.tracker.shared.query.StatusPeriod;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A country's status per instrument as periods of valid time, for charts. */
@Component
class StatusTimelineQueryHandler {

    private final TimelineReadModel timelines;

    StatusTimelineQueryHandler(TimelineReadModel timelines) {
        this.timelines = timelines;
    }

    @QueryHandler
    CountryStatusTimeline handle(CountryStatusTimelineQuery query) {
        return new CountryStatusTimeline(query.country(), query.knownAt(),
                periods(timelines.statusChangesOf(query.country(), KnownAt.of(query.knownAt()))));
    }

    /**
     * One period per change, ending where the next change of the same instrument starts. Periods of the same status
     * in a row are kept apart, so that each period's from and action are the since and action that the position
     * answers on any date within it.
     */
    static List<InstrumentStatusTimeline> periods(List<StatusChange> changes) {
        Map<InstrumentId, List<StatusChange>> byInstrument = new LinkedHashMap<>();
        changes.forEach(change -> byInstrument.computeIfAbsent(change.instrument(), i -> new ArrayList<>()).add(change));
        List<InstrumentStatusTimeline> timelines = new ArrayList<>();
        byInstrument.forEach((instrument, ofInstrument) -> {
            List<StatusPeriod> periods = new ArrayList<>();
            for (int i = 0; i < ofInstrument.size(); i++) {
                StatusChange change = ofInstrument.get(i);
                periods.add(new StatusPeriod(change.status(), change.date(),
                        i + 1 < ofInstrument.size() ? ofInstrument.get(i + 1).date() : null, change.action()));
            }
            timelines.add(new InstrumentStatusTimeline(instrument, periods));
        });
        return timelines;
    }
}
