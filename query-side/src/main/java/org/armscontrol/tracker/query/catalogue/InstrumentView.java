package org.armscontrol.tracker.query.catalogue;

import org.armscontrol.tracker.shared.catalogue.FinalClauses;
import org.armscontrol.tracker.shared.catalogue.Instrument;
import org.armscontrol.tracker.shared.catalogue.InstrumentKind;
import org.armscontrol.tracker.shared.catalogue.JoiningProcedure;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.DatePrecision;

import java.time.LocalDate;
import java.util.List;

/**
 * An instrument of the catalogue as the API shows it.
 *
 * @param entryIntoForceRule when the instrument enters into force for a state that consents to be bound or joins,
 *                           in words ("first day of the sixth month after the month of deposit, ...")
 * @param withdrawalNotice   when a withdrawal takes effect by default ("six months after notification"), or null
 *                           where leaving takes effect on its date
 * @param clauses            the final clauses as data, in the shape {@code POST /api/instruments} takes them
 *                           (delays as ISO-8601 periods: {@code {"period": "P6M"}})
 */
public record InstrumentView(String id, String shortName, String name, InstrumentKind kind,
                             JoiningProcedure joining, boolean signatureRequired, List<TreatyAction> actions,
                             LocalDate openedOn, DatePrecision openedOnPrecision, LocalDate signatureOpenUntil,
                             LocalDate entryIntoForce, String parent, String entryIntoForceRule,
                             String withdrawalNotice, String depositary, String depositaryReference,
                             FinalClauses clauses) {

    static InstrumentView of(Instrument instrument) {
        return new InstrumentView(instrument.id().value(), instrument.shortName(), instrument.name(),
                instrument.kind(), instrument.joining(), instrument.signatureRequired(),
                instrument.actions().stream().sorted().toList(),
                instrument.openedOn().date(), instrument.openedOn().precision(), instrument.signatureOpenUntil(),
                instrument.entryIntoForce(), instrument.parent() == null ? null : instrument.parent().value(),
                instrument.entryIntoForceRule().description(),
                instrument.withdrawalNotice() == null ? null : instrument.withdrawalNotice().toString(),
                instrument.depositary(), instrument.depositaryReference(), instrument.clauses());
    }
}
