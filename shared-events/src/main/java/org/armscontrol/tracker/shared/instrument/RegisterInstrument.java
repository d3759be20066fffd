package org.armscontrol.tracker.shared.instrument;

import org.armscontrol.tracker.shared.catalogue.InstrumentDefinition;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Registers an instrument the catalogue lacks, with its final clauses, on a source.
 *
 * @param reason why it is registered, or null
 */
public record RegisterInstrument(InstrumentDefinition definition, Reason reason, Source source,
                                 @TargetAggregateVersion Long expectedVersion) {

    public RegisterInstrument {
        TextRules.required(definition, "definition").check();
        TextRules.required(source, "source");
    }

    @TargetAggregateIdentifier
    public String instrumentId() {
        return definition.id();
    }
}
