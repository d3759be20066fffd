package org.armscontrol.tracker.query.audit.lineage;

import org.armscontrol.tracker.query.support.JsonColumns;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.vote.VoteCorrected;
import org.armscontrol.tracker.shared.vote.VoteRecorded;
import org.armscontrol.tracker.shared.vote.VoteVoided;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** A vote on a General Assembly resolution: the resolution, the vote and its date, as corrected; whether voided. */
@Component
class VoteState implements RecordState {

    @Override
    public String recordType() {
        return "Vote";
    }

    @Override
    public Map<String, Object> apply(Map<String, Object> state, Object event, long sequenceNumber) {
        Map<String, Object> next = new LinkedHashMap<>(state);
        if (event instanceof VoteRecorded recorded) {
            next.put("country", recorded.country().value());
            next.put("resolution", recorded.resolution().value());
            next.put("title", recorded.title());
            next.put("date", JsonColumns.toMap(recorded.date()));
            next.put("vote", recorded.vote().name());
            next.put("instruments", recorded.instruments().stream().map(InstrumentId::value).toList());
            next.put("source", JsonColumns.toMap(recorded.source()));
        } else if (event instanceof VoteCorrected corrected) {
            next.put("date", JsonColumns.toMap(corrected.date()));
            next.put("vote", corrected.vote().name());
        } else if (event instanceof VoteVoided) {
            next.put("voided", true);
        }
        return next;
    }
}
