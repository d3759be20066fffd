package org.armscontrol.tracker.query.timeline;

import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.shared.query.CountingBasis;
import org.armscontrol.tracker.shared.query.ParticipantCounts;
import org.armscontrol.tracker.shared.query.ParticipantsTimeline;
import org.armscontrol.tracker.shared.query.ParticipantsTimelineQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts per status on an instrument through valid time, for charts: on the deposits by one SQL pass, in force
 * by the catalogue's rules over the actions (InForceCountChanges).
 */
@Component
class ParticipantsTimelineQueryHandler {

    private final TimelineReadModel timelines;

    ParticipantsTimelineQueryHandler(TimelineReadModel timelines) {
        this.timelines = timelines;
    }

    @QueryHandler
    ParticipantsTimeline handle(ParticipantsTimelineQuery query) {
        KnownAt known = KnownAt.of(query.knownAt());
        List<CountChange> changes = switch (query.basis()) {
            case DEPOSITED -> timelines.countChangesOf(query.instrument(), known);
            case IN_FORCE -> InForceCountChanges.of(known.definitionOf(query.instrument()),
                    timelines.actionsOf(query.instrument(), known));
        };
        return new ParticipantsTimeline(query.instrument(), query.knownAt(), query.basis(),
                points(query.basis(), changes));
    }

    /** Running totals of the changes (ordered by date): one point per date, with the counts from that date on. */
    static List<ParticipantCounts> points(CountingBasis basis, List<CountChange> changes) {
        Map<String, Integer> counts = basis.zeros();
        List<ParticipantCounts> points = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            CountChange change = changes.get(i);
            counts.merge(change.key(), change.delta(), Integer::sum);
            LocalDate date = change.date();
            if (i + 1 == changes.size() || !changes.get(i + 1).date().equals(date)) {
                points.add(new ParticipantCounts(date, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
            }
        }
        return points;
    }
}
