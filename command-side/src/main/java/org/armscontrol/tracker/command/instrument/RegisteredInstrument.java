package org.armscontrol.tracker.command.instrument;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.armscontrol.tracker.command.config.CommandSideConfiguration;
import org.armscontrol.tracker.command.rules.ExpectedVersion;
import org.armscontrol.tracker.command.rules.RuleViolation;
import org.armscontrol.tracker.command.rules.UnknownRecordException;
import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;
import org.armscontrol.tracker.shared.catalogue.InstrumentDefinition;
import org.armscontrol.tracker.shared.instrument.AmendInstrument;
import org.armscontrol.tracker.shared.instrument.InstrumentAmended;
import org.armscontrol.tracker.shared.instrument.InstrumentRegistered;
import org.armscontrol.tracker.shared.instrument.RegisterInstrument;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Recorder;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The definition of one instrument as admins keep it: registered once under an id the catalogue does not have,
 * then amended. A seed instrument has no record until its first amendment, which starts from the seed's definition.
 * <p>
 * Rules: an id is registered once, and never one of the seed (INSTRUMENT_EXISTS); an amendment of an unknown id is
 * answered 404; an amendment changes something (AMENDMENT_CHANGES_NOTHING) and leaves a valid definition (400
 * naming the field otherwise).
 */
@Aggregate(snapshotTriggerDefinition = CommandSideConfiguration.SNAPSHOT_TRIGGER)
@Revision("1")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class RegisteredInstrument {

    @AggregateIdentifier
    private String id;
    private InstrumentDefinition definition;

    protected RegisteredInstrument() {
        // Axon creates an empty instance, then replays the stream (or runs a creating command) on it.
    }

    // Create-if-missing: a second registration must meet the first one's state to be refused by rule.
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(RegisterInstrument command, Recorder recorder) {
        ExpectedVersion.check(command.expectedVersion(), command.instrumentId());
        String instrumentId = command.instrumentId();
        if (definition != null || InstrumentCatalogue.isSeed(instrumentId)) {
            throw new RuleViolation(InstrumentRule.INSTRUMENT_EXISTS, "id", "the catalogue already has an instrument "
                    + instrumentId + "; to change it, amend it (POST /api/instruments/" + instrumentId
                    + "/amendments)");
        }
        apply(new InstrumentRegistered(instrumentId, command.definition(), command.reason(), command.source(),
                recorder));
        return written();
    }

    // Create-if-missing: the first amendment of a seed instrument starts its record.
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(AmendInstrument command, Recorder recorder) {
        ExpectedVersion.check(command.expectedVersion(), command.instrumentId());
        InstrumentDefinition current = definition != null ? definition : seed(command.instrumentId());
        InstrumentDefinition amended = command.changes().applyTo(current).check();
        List<String> changed = current.changedIn(amended);
        if (changed.isEmpty()) {
            throw new RuleViolation(InstrumentRule.AMENDMENT_CHANGES_NOTHING, null,
                    "the amendment gives the current values of " + current.id() + "; it changes nothing");
        }
        apply(new InstrumentAmended(current.id(), amended, changed, command.reason(), command.source(), recorder));
        return written();
    }

    private static InstrumentDefinition seed(String instrumentId) {
        if (!InstrumentCatalogue.isSeed(instrumentId)) {
            throw new UnknownRecordException("no instrument '" + instrumentId
                    + "' in the catalogue; GET /api/instruments lists them");
        }
        return InstrumentDefinition.of(InstrumentId.of(instrumentId).instrument());
    }

    @EventSourcingHandler
    void on(InstrumentRegistered event) {
        id = event.instrumentId();
        definition = event.definition();
    }

    @EventSourcingHandler
    void on(InstrumentAmended event) {
        id = event.instrumentId();
        definition = event.definition();
    }

    private WriteResult written() {
        return WriteResult.of(id, AggregateLifecycle.getVersion());
    }
}
