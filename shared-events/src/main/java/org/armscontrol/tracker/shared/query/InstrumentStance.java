package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.statement.StatementId;
import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;

import java.time.LocalDate;

/** A country's latest stance on one instrument: that of its latest (unretracted) statement about it. */
public record InstrumentStance(InstrumentId instrument, Stance stance, LocalDate date, DatePrecision datePrecision,
                               StatementId statementId, String forum, String summary) {
}
