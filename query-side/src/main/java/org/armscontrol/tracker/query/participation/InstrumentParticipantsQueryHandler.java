package org.armscontrol.tracker.query.participation;

import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.shared.query.CountingBasis;
import org.armscontrol.tracker.shared.query.InstrumentParticipants;
import org.armscontrol.tracker.shared.query.InstrumentParticipantsQuery;
import org.armscontrol.tracker.shared.query.DepositaryCounts;
import org.armscontrol.tracker.shared.query.Participant;
import org.armscontrol.tracker.shared.query.ParticipationDates;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Every country's status on one instrument at a date, with the count of each status on the basis asked, and the
 * depositary's published header counts to measure the record against.
 */
@Component
class InstrumentParticipantsQueryHandler {

    private final TreatyActionReadModel treatyActions;
    private final DepositaryHeaders headers;

    InstrumentParticipantsQueryHandler(TreatyActionReadModel treatyActions, DepositaryHeaders headers) {
        this.treatyActions = treatyActions;
        this.headers = headers;
    }

    @QueryHandler
    InstrumentParticipants handle(InstrumentParticipantsQuery query) {
        KnownAt known = KnownAt.of(query.knownAt());
        Map<String, ParticipationDates> dates = treatyActions.datesOf(query.instrument(), query.asOf(), known);
        List<Participant> participants = treatyActions.participantsOf(query.instrument(), query.asOf(), known)
                .stream()
                .map(participant -> participant.withDates(dates.getOrDefault(participant.country().value(),
                        ParticipationDates.NONE)))
                .toList();
        CountingBasis basis = query.basis();
        Map<String, Integer> counts = basis.zeros();
        participants.forEach(participant -> counts.merge(basis.countKey(participant.status(), participant.inForce()),
                1, Integer::sum));
        // The depositary's header counts every state that signed, and every state bound and not withdrawn.
        DepositaryCounts depositary = new DepositaryCounts(
                (int) participants.stream().filter(participant -> participant.dates().signed() != null).count(),
                (int) participants.stream().filter(participant -> participant.status() == ParticipationStatus.PARTY
                        || participant.status() == ParticipationStatus.SUSPENDED).count());
        return new InstrumentParticipants(query.instrument(), query.asOf(), query.knownAt(), basis, counts,
                participants, depositary, headers.of(query.instrument()).orElse(null));
    }
}
