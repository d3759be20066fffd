package org.armscontrol.tracker.query.timeline;

import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.query.ParticipantCounts;
import org.armscontrol.tracker.shared.query.ParticipantsTimeline;
import org.armscontrol.tracker.shared.query.ParticipantsTimelineQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The counts per status on an instrument through valid time, for charts. */
@Component
class ParticipantsTimelineQueryHandler {

    private final TimelineReadModel timelines;

    ParticipantsTimelineQueryHandler(TimelineReadModel timelines) {
        this.timelines = timelines;
    }

    @QueryHandler
    ParticipantsTimeline handle(ParticipantsTimelineQuery query) {
        return new ParticipantsTimeline(query.instrument(), query.knownAt(),
                points(timelines.countChangesOf(query.instrument(), KnownAt.of(query.knownAt()))));
    }

    /** Running totals of the changes (ordered by date): one point per date, with the counts from that date on. */
    static List<ParticipantCounts> points(List<CountChange> changes) {
        Map<ParticipationStatus, Integer> counts = new EnumMap<>(ParticipationStatus.class);
        for (ParticipationStatus status : ParticipationStatus.values()) {
            if (status != ParticipationStatus.NONE) {
                counts.put(status, 0);
            }
        }
        List<ParticipantCounts> points = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            CountChange change = changes.get(i);
            counts.merge(change.status(), change.delta(), Integer::sum);
            LocalDate date = change.date();
            if (i + 1 == changes.size() || !changes.get(i + 1).date().equals(date)) {
                points.add(new ParticipantCounts(date, Collections.unmodifiableMap(new EnumMap<>(counts))));
            }
        }
        return points;
    }
}
