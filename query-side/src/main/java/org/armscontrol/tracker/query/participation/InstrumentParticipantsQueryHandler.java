package org.armscontrol.tracker.query.participation;

import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.shared.query.CountingBasis;
import org.armscontrol.tracker.shared.query.InstrumentParticipants;
import org.armscontrol.tracker.shared.query.InstrumentParticipantsQuery;
import org.armscontrol.tracker.shared.query.Participant;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** Every country's status on one instrument at a date, with the count of each status on the basis asked. */
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
        CountingBasis basis = query.basis();
        Map<String, Integer> counts = basis.zeros();
        participants.forEach(participant -> counts.merge(basis.countKey(participant.status(), participant.inForce()),
                1, Integer::sum));
        return new InstrumentParticipants(query.instrument(), query.asOf(), query.knownAt(), basis, counts,
                participants);
    }
}
