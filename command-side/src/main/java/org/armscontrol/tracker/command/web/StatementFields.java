package org.armscontrol.tracker.command.web;

import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.statement.StatementContent;
import org.armscontrol.tracker.shared.value.InstrumentId;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Reads the {@code instruments} of a statement (or a vote), naming the element at fault ({@code instruments[1]}). */
final class StatementFields {

    private StatementFields() {
    }

    static List<InstrumentId> instruments(FieldParser parser, List<String> raw) {
        return instruments(parser, raw, StatementContent::instruments);
    }

    /** As {@link #instruments(FieldParser, List)}, with the list checked by {@code rule}. */
    static List<InstrumentId> instruments(FieldParser parser, List<String> raw, UnaryOperator<List<InstrumentId>> rule) {
        if (raw == null) {
            parser.add("instruments", "instruments is required (at least one instrument id)");
            return null;
        }
        List<InstrumentId> ids = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String id = raw.get(i);
            InstrumentId parsed = parser.required("instruments[" + i + "]", id, () -> InstrumentId.of(id));
            ids.add(parsed);
        }
        if (ids.contains(null)) {
            return null;
        }
        return parser.parse("instruments", () -> rule.apply(ids));
    }
}
