package org.armscontrol.tracker.query.timeline;

import org.armscontrol.tracker.shared.catalogue.Instrument;
import org.armscontrol.tracker.shared.query.CountingBasis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The count changes of an instrument on the in-force basis. A deposit counts as DEPOSITED_NOT_IN_FORCE from its date
 * and as PARTY from the day the instrument enters into force for the state, unless a later action of the state
 * (a withdrawal) takes effect first. The entry into force is the catalogue's rule, which SQL does not know, hence
 * this pass in Java over the actions the read model gives.
 */
final class InForceCountChanges {

    private InForceCountChanges() {
    }

    /**
     * @param actions every action of the instrument, by country, then effective date, then sequence number
     */
    static List<CountChange> of(Instrument instrument, List<ActionTaken> actions) {
        Map<LocalDate, Map<String, Integer>> deltas = new TreeMap<>();
        int start = 0;
        while (start < actions.size()) {
            int end = start;
            while (end < actions.size() && actions.get(end).country().equals(actions.get(start).country())) {
                end++;
            }
            countryChanges(instrument, actions.subList(start, end), deltas);
            start = end;
        }
        List<CountChange> changes = new ArrayList<>();
        deltas.forEach((date, byKey) -> byKey.forEach((key, delta) -> {
            if (delta != 0) {
                changes.add(new CountChange(date, key, delta));
            }
        }));
        return changes;
    }

    /** One country's key on each date its key changes, as +1 for the new key and -1 for the one it leaves. */
    private static void countryChanges(Instrument instrument, List<ActionTaken> actions,
                                       Map<LocalDate, Map<String, Integer>> deltas) {
        // The key from each date on; a later mark on the same date replaces an earlier one.
        TreeMap<LocalDate, String> keys = new TreeMap<>();
        for (int i = 0; i < actions.size(); i++) {
            ActionTaken action = actions.get(i);
            LocalDate next = i + 1 < actions.size() ? actions.get(i + 1).effective() : null;
            LocalDate inForce = instrument.entryIntoForceFor(action.action(), action.effective()).orElse(null);
            boolean inForceAtOnce = inForce != null && !inForce.isAfter(action.effective());
            keys.put(action.effective(), CountingBasis.IN_FORCE.countKey(action.status(), inForceAtOnce));
            if (inForce != null && !inForceAtOnce && (next == null || inForce.isBefore(next))) {
                keys.put(inForce, CountingBasis.IN_FORCE.countKey(action.status(), true));
            }
        }
        String previous = null;
        for (Map.Entry<LocalDate, String> mark : keys.entrySet()) {
            if (!mark.getValue().equals(previous)) {
                Map<String, Integer> onDate = deltas.computeIfAbsent(mark.getKey(), d -> new TreeMap<>());
                onDate.merge(mark.getValue(), 1, Integer::sum);
                if (previous != null) {
                    onDate.merge(previous, -1, Integer::sum);
                }
                previous = mark.getValue();
            }
        }
    }
}
