package org.armscontrol.tracker.command.statement;

import org.armscontrol.tracker.command.rules.DateRules;
import org.armscontrol.tracker.command.rules.RuleViolation;
import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.statement.AmendStatement;
import org.armscontrol.tracker.shared.statement.RecordStatement;
import org.armscontrol.tracker.shared.statement.RetractStatement;
import org.armscontrol.tracker.shared.statement.StatementAmended;
import org.armscontrol.tracker.shared.statement.StatementContent;
import org.armscontrol.tracker.shared.statement.StatementId;
import org.armscontrol.tracker.shared.statement.StatementRecorded;
import org.armscontrol.tracker.shared.statement.StatementRetracted;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.Recorder;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.armscontrol.tracker.command.config.CommandSideConfiguration;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A statement a state made, with its amendments and possibly its retraction.
 * <p>
 * Rules: its date is not in the future; an amendment gives a reason and changes something, and cannot move the
 * statement to another country; nothing changes after retraction, and it is retracted only once.
 */
// Snapshots (every tracker.snapshots.threshold events) store the fields as JSON; the revision names their shape.
@Aggregate(snapshotTriggerDefinition = CommandSideConfiguration.SNAPSHOT_TRIGGER)
@Revision("1")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Statement {

    @AggregateIdentifier
    private StatementId id;
    private CountryCode country;
    private StatementContent content;
    private boolean retracted;

    protected Statement() {
        // Axon creates an empty instance, then replays the stream (or runs a creating command) on it.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public WriteResult handle(RecordStatement command, Recorder recorder, Clock clock) {
        DateRules.requireNotInFuture(command.content().date(), "date", clock);
        apply(new StatementRecorded(command.statementId(), command.country(), command.content(), recorder));
        return written();
    }

    @CommandHandler
    public WriteResult handle(AmendStatement command, Recorder recorder, Clock clock) {
        requireNotRetracted("amended");
        StatementContent amended = command.changes().applyTo(content);
        List<String> changed = content.fieldsChangedIn(amended);
        if (changed.isEmpty()) {
            throw new RuleViolation(StatementRule.AMENDMENT_CHANGES_NOTHING, null,
                    "the amendment gives the statement's current values; it changes nothing");
        }
        if (changed.contains("date")) {
            DateRules.requireNotInFuture(amended.date(), "date", clock);
        }
        apply(new StatementAmended(id, country, amended, changed, command.reason(), recorder));
        return written();
    }

    @CommandHandler
    public WriteResult handle(RetractStatement command, Recorder recorder) {
        requireNotRetracted("retracted again");
        apply(new StatementRetracted(id, country, content.date(), command.reason(), command.source(), recorder));
        return written();
    }

    @EventSourcingHandler
    void on(StatementRecorded event) {
        id = event.statementId();
        country = event.country();
        content = event.content();
    }

    @EventSourcingHandler
    void on(StatementAmended event) {
        content = event.content();
    }

    @EventSourcingHandler
    void on(StatementRetracted event) {
        retracted = true;
    }

    private void requireNotRetracted(String what) {
        if (retracted) {
            throw new RuleViolation(StatementRule.STATEMENT_RETRACTED, null,
                    "statement " + id + " was retracted; it cannot be " + what);
        }
    }

    private WriteResult written() {
        return WriteResult.of(id, AggregateLifecycle.getVersion());
    }
}
