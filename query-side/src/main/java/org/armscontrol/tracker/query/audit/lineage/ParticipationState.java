package org.armscontrol.tracker.query.audit.lineage;

import org.armscontrol.tracker.query.support.JsonColumns;
import org.armscontrol.tracker.shared.participation.ReservationMade;
import org.armscontrol.tracker.shared.participation.ReservationVoided;
import org.armscontrol.tracker.shared.participation.ReservationWithdrawn;
import org.armscontrol.tracker.shared.participation.TreatyActionCorrected;
import org.armscontrol.tracker.shared.participation.TreatyActionVoided;
import org.armscontrol.tracker.shared.participation.TreatyActionRecorded;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A country's participation in an instrument: its actions (keyed by their sequence number, so that a correction
 * shows as a change of that action's dates), the status the latest action left, and its reservations and
 * declarations (keyed by reservation id, so that a withdrawal shows as a change of that reservation).
 */
@Component
class ParticipationState implements RecordState {

    @Override
    public String recordType() {
        return "TreatyParticipation";
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> apply(Map<String, Object> state, Object event, long sequenceNumber) {
        Map<String, Object> next = new LinkedHashMap<>(state);
        Map<String, Object> actions = new LinkedHashMap<>(
                (Map<String, Object>) state.getOrDefault("actions", Map.of()));
        if (event instanceof TreatyActionRecorded recorded) {
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("action", recorded.action().name());
            action.put("date", JsonColumns.toMap(recorded.date()));
            action.put("effectiveDate", JsonColumns.toMap(
                    recorded.effectiveDate() != null ? recorded.effectiveDate() : recorded.date()));
            action.put("note", recorded.note());
            action.put("source", JsonColumns.toMap(recorded.source()));
            actions.put(Long.toString(sequenceNumber), action);
            next.put("status", recorded.action().resultingStatus().name());
        } else if (event instanceof TreatyActionCorrected corrected) {
            String key = Long.toString(corrected.correctedSequence());
            Map<String, Object> action = new LinkedHashMap<>((Map<String, Object>) actions.get(key));
            action.put("date", JsonColumns.toMap(corrected.date()));
            action.put("effectiveDate", JsonColumns.toMap(
                    corrected.effectiveDate() != null ? corrected.effectiveDate() : corrected.date()));
            action.put("action", corrected.actionAfter().name());
            if (corrected.note() != null) {
                action.put("note", corrected.note());
            }
            actions.put(key, action);
        } else if (event instanceof TreatyActionVoided voided) {
            String key = Long.toString(voided.voidedSequence());
            Map<String, Object> action = new LinkedHashMap<>((Map<String, Object>) actions.get(key));
            action.put("voided", true);
            actions.put(key, action);
        }
        next.put("actions", actions);
        Map<String, Object> reservations = new LinkedHashMap<>(
                (Map<String, Object>) state.getOrDefault("reservations", Map.of()));
        if (event instanceof ReservationMade made) {
            Map<String, Object> reservation = new LinkedHashMap<>();
            reservation.put("kind", made.kind().name());
            reservation.put("text", made.text());
            reservation.put("date", JsonColumns.toMap(made.date()));
            reservation.put("madeWith", made.madeWith() == null ? null : made.madeWith().name());
            reservation.put("source", JsonColumns.toMap(made.source()));
            reservation.put("withdrawn", false);
            reservations.put(made.reservationId().value(), reservation);
        } else if (event instanceof ReservationWithdrawn withdrawn) {
            String key = withdrawn.reservationId().value();
            Map<String, Object> reservation = new LinkedHashMap<>((Map<String, Object>) reservations.get(key));
            reservation.put("withdrawn", true);
            reservation.put("withdrawnOn", JsonColumns.toMap(withdrawn.date()));
            reservations.put(key, reservation);
        } else if (event instanceof ReservationVoided voided) {
            String key = voided.reservationId().value();
            Map<String, Object> reservation = new LinkedHashMap<>((Map<String, Object>) reservations.get(key));
            reservation.put("voided", true);
            reservations.put(key, reservation);
        }
        if (!reservations.isEmpty()) {
            // Absent until the first one, so that the lineage of a participation without any is unchanged.
            next.put("reservations", reservations);
        }
        return next;
    }
}
