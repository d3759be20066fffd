package org.armscontrol.tracker.shared.vote;

import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.TextRules;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** The rule of the instruments a resolution concerns: at least one, none twice. */
public final class VoteInstruments {

    public static final int MAX_INSTRUMENTS = 20;

    private VoteInstruments() {
    }

    public static List<InstrumentId> check(List<InstrumentId> instruments) {
        TextRules.required(instruments, "instruments");
        if (instruments.isEmpty()) {
            throw new InvalidValueException("instruments", "a resolution concerns at least one instrument");
        }
        if (instruments.size() > MAX_INSTRUMENTS) {
            throw new InvalidValueException("instruments",
                    "a resolution concerns at most " + MAX_INSTRUMENTS + " instruments");
        }
        if (instruments.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("instruments", "instruments must not contain null");
        }
        if (new HashSet<>(instruments).size() != instruments.size()) {
            throw new InvalidValueException("instruments", "instruments lists an instrument twice");
        }
        return List.copyOf(instruments);
    }
}
