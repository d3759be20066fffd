package org.armscontrol.tracker.shared.statement;

import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Withdraws a statement from the record (misattributed, never made, duplicate). It stays visible in the history
 * as retracted, with the reason and, optionally, the source that shows it was wrong.
 */
public record RetractStatement(@TargetAggregateIdentifier StatementId statementId, Reason reason, Source source,
                               @TargetAggregateVersion Long expectedVersion) {

    public RetractStatement {
        TextRules.required(statementId, "statementId");
        TextRules.required(reason, "reason");
    }
}
