package org.armscontrol.tracker.query.participation;

import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.query.InstrumentParticipants;
import org.armscontrol.tracker.shared.query.InstrumentParticipantsQuery;
import org.armscontrol.tracker.shared.query.Participant;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every country's status on one instrument at a date, with the count of each status. */
@Component
class InstrumentParticipantsQueryHandler {

    private final TreatyActionReadModel treatyActions;

    InstrumentParticipantsQueryHandler(TreatyActionReadModel treatyActions) {
        this.treatyActions = treatyActions;
    }

    @QueryHandler
    InstrumentParticipants handle(InstrumentParticipantsQuery query) {
        List<Participant> participants = treatyActions.participantsOf(query.instrument(), query.asOf(),
                KnownAt.of(query.knownAt()));
        Map<ParticipationStatus, Integer> counts = new EnumMap<>(ParticipationStatus.class);
        for (ParticipationStatus status : ParticipationStatus.values()) {
            if (status != ParticipationStatus.NONE) {
                counts.put(status, 0);
            }
        }
        participants.forEach(participant -> counts.merge(participant.status(), 1, Integer::sum));
        return new InstrumentParticipants(query.instrument(), query.asOf(), query.knownAt(), counts, participants);
    }
}
