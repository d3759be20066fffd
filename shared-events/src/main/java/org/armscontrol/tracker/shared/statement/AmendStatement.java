package org.armscontrol.tracker.shared.statement;

import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.TextRules;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Changes fields of a recorded statement, for a stated reason. The earlier version stays in the record. */
public record AmendStatement(@TargetAggregateIdentifier StatementId statementId, StatementChanges changes,
                             Reason reason, @TargetAggregateVersion Long expectedVersion) {

    public AmendStatement {
        TextRules.required(statementId, "statementId");
        TextRules.required(changes, "changes");
        TextRules.required(reason, "reason");
    }
}
