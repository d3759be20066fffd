package org.armscontrol.tracker.shared.statement;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.TextRules;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records what a state said. The id is assigned by the tracker before the command is sent. */
public record RecordStatement(@TargetAggregateIdentifier StatementId statementId, CountryCode country,
                              StatementContent content) {

    public RecordStatement {
        TextRules.required(statementId, "statementId");
        TextRules.required(country, "country");
        TextRules.required(content, "content");
    }
}
