package org.armscontrol.tracker.query.catalogue;

import org.armscontrol.tracker.shared.catalogue.Instrument;
import org.armscontrol.tracker.shared.catalogue.InstrumentKind;
import org.armscontrol.tracker.shared.catalogue.JoiningProcedure;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.DatePrecision;

import java.time.LocalDate;
import java.util.List;

/** An instrument of the catalogue as the API shows it. */
public record InstrumentView(String id, String shortName, String name, InstrumentKind kind,
                             JoiningProcedure joining, boolean signatureRequired, List<TreatyAction> actions,
                             LocalDate openedOn, DatePrecision openedOnPrecision, LocalDate signatureOpenUntil,
                             LocalDate entryIntoForce, String parent) {

    static InstrumentView of(Instrument instrument) {
        return new InstrumentView(instrument.id().value(), instrument.shortName(), instrument.name(),
                instrument.kind(), instrument.joining(), instrument.signatureRequired(),
                instrument.joining().actions().stream().sorted().toList(),
                instrument.openedOn().date(), instrument.openedOn().precision(), instrument.signatureOpenUntil(),
                instrument.entryIntoForce(), instrument.parent() == null ? null : instrument.parent().value());
    }
}
