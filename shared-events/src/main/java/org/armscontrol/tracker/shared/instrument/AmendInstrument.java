package org.armscontrol.tracker.shared.instrument;

import org.armscontrol.tracker.shared.catalogue.InstrumentChanges;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Amends an instrument's definition (a registered one, or one of the seed catalogue), for a reason and on a
 * source. Commands sent afterwards are checked against the amended clauses.
 */
public record AmendInstrument(@TargetAggregateIdentifier String instrumentId, InstrumentChanges changes,
                              Reason reason, Source source, @TargetAggregateVersion Long expectedVersion) {

    public AmendInstrument {
        TextRules.required(instrumentId, "instrumentId");
        TextRules.required(changes, "changes");
        TextRules.required(reason, "reason");
        TextRules.required(source, "source");
    }
}
