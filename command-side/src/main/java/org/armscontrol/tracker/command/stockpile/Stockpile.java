package org.armscontrol.tracker.command.stockpile;

import org.armscontrol.tracker.command.rules.DateRules;
import org.armscontrol.tracker.command.rules.ExpectedVersion;
import org.armscontrol.tracker.command.rules.RuleViolation;
import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.stockpile.DeclareStockpile;
import org.armscontrol.tracker.shared.stockpile.ReportStockpileDestruction;
import org.armscontrol.tracker.shared.stockpile.ReviseStockpileDeclaration;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclaration;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclarationRevised;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclarationVoided;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclared;
import org.armscontrol.tracker.shared.stockpile.StockpileDestructionReported;
import org.armscontrol.tracker.shared.stockpile.StockpileId;
import org.armscontrol.tracker.shared.stockpile.StockpileStatus;
import org.armscontrol.tracker.shared.stockpile.VoidStockpileDeclaration;
import org.armscontrol.tracker.shared.stockpile.WeaponSystem;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.ValidDate;
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
 * One country's stockpile of one weapon system: the declarations sources made of it over time, its reported
 * destruction, and revisions of the latest declaration.
 * <p>
 * Rules: dates are not in the future and follow one another; destruction is reported only for a stockpile that is
 * not yet destroyed and never exceeds what is known to remain; a revision gives a reason, changes something, and
 * keeps the history in order. A stockpile recorded in error is voided, with a reason and a source, once: nothing
 * more is recorded on it afterwards (VOIDED).
 */
// Snapshots (every tracker.snapshots.threshold events) store the fields as JSON; the revision names their shape.
@Aggregate(snapshotTriggerDefinition = CommandSideConfiguration.SNAPSHOT_TRIGGER)
@Revision("1")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Stockpile {

    @AggregateIdentifier
    private StockpileId id;
    private WeaponSystem weaponSystem;
    private StockpileDeclaration latest;
    /** Date of the last event before the latest declaration, which a revision must not move it before. */
    private ValidDate beforeLatest;
    /** Date of the first destruction report after the latest declaration, which a revision must not pass. */
    private ValidDate firstDestructionAfterLatest;
    /** Date of the last event. */
    private ValidDate lastDate;
    /** How many were destroyed since the latest declaration; null once a report gave no number. */
    private Long destroyedSinceLatest;
    /** Whether a report since the latest declaration completed the destruction. */
    private boolean destructionCompleted;
    /** Whether the record was voided (recorded in error); absent from snapshots taken before voids existed. */
    private boolean voided;

    protected Stockpile() {
        // Axon creates an empty instance, then replays the stream (or runs a creating command) on it.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(DeclareStockpile command, Recorder recorder, Clock clock) {
        ExpectedVersion.check(command.expectedVersion(), command.stockpileId());
        requireNotVoided();
        ValidDate date = command.declaration().date();
        DateRules.requireNotInFuture(date, "date", clock);
        if (lastDate != null) {
            DateRules.requireNotBefore(date, lastDate, "date", StockpileRule.OUT_OF_ORDER,
                    "the last record of this stockpile; to correct a declaration, revise it");
        }
        apply(new StockpileDeclared(command.country(), command.weaponSystem(), command.declaration(), recorder));
        return written();
    }

    @CommandHandler
    public WriteResult handle(ReportStockpileDestruction command, Recorder recorder, Clock clock) {
        requireNotVoided();
        if (isDestroyed()) {
            throw new RuleViolation(StockpileRule.ALREADY_DESTROYED, null, "stockpile " + id + " is recorded as destroyed");
        }
        DateRules.requireNotInFuture(command.date(), "date", clock);
        DateRules.requireNotBefore(command.date(), lastDate, "date", StockpileRule.OUT_OF_ORDER, "the last record of this stockpile");
        Long remaining = remaining();
        Long destroyedNow = command.quantityDestroyed();
        if (remaining != null && destroyedNow != null && destroyedNow > remaining) {
            throw new RuleViolation(StockpileRule.EXCEEDS_STOCKPILE, "quantityDestroyed", "quantityDestroyed " + destroyedNow
                    + " exceeds the " + remaining + " known to remain");
        }
        Long remainingAfter = command.completed() ? Long.valueOf(0)
                : remaining == null || destroyedNow == null ? null : remaining - destroyedNow;
        boolean completed = command.completed() || remainingAfter != null && remainingAfter == 0;
        apply(new StockpileDestructionReported(id.country(), weaponSystem, destroyedNow, remainingAfter,
                completed, command.date(), command.source(), command.note(), recorder));
        return written();
    }

    @CommandHandler
    public WriteResult handle(ReviseStockpileDeclaration command, Recorder recorder, Clock clock) {
        requireNotVoided();
        StockpileDeclaration revised = command.changes().applyTo(latest);
        List<String> changed = latest.fieldsChangedIn(revised);
        if (changed.isEmpty()) {
            throw new RuleViolation(StockpileRule.REVISION_CHANGES_NOTHING, null,
                    "the revision gives the declaration's current values; it changes nothing");
        }
        if (changed.contains("date")) {
            DateRules.requireNotInFuture(revised.date(), "date", clock);
            if (beforeLatest != null) {
                DateRules.requireNotBefore(revised.date(), beforeLatest, "date", StockpileRule.OUT_OF_ORDER,
                        "the record that precedes the declaration");
            }
            if (firstDestructionAfterLatest != null
                    && firstDestructionAfterLatest.latest().isBefore(revised.date().earliest())) {
                throw new RuleViolation(StockpileRule.OUT_OF_ORDER, "date", "the revised date " + revised.date()
                        + " is after the destruction reported on " + firstDestructionAfterLatest);
            }
        }
        if (revised.quantity() != null && destroyedSinceLatest != null && revised.quantity() < destroyedSinceLatest) {
            throw new RuleViolation(StockpileRule.BELOW_DESTROYED, "quantity", "quantity " + revised.quantity() + " is less than the "
                    + destroyedSinceLatest + " already reported destroyed");
        }
        apply(new StockpileDeclarationRevised(id.country(), weaponSystem, revised, changed, command.reason(),
                recorder));
        return written();
    }

    @CommandHandler
    public WriteResult handle(VoidStockpileDeclaration command, Recorder recorder) {
        if (voided) {
            throw new RuleViolation(StockpileRule.ALREADY_VOID, null, "stockpile " + id + " is already voided");
        }
        apply(new StockpileDeclarationVoided(id.country(), weaponSystem, latest.date(), command.reason(),
                command.source(), recorder));
        return written();
    }

    @EventSourcingHandler
    void on(StockpileDeclared event) {
        id = event.stockpileId();
        weaponSystem = event.weaponSystem();
        beforeLatest = lastDate;
        latest = event.declaration();
        lastDate = latest.date();
        firstDestructionAfterLatest = null;
        destroyedSinceLatest = 0L;
        destructionCompleted = false;
    }

    @EventSourcingHandler
    void on(StockpileDestructionReported event) {
        if (firstDestructionAfterLatest == null) {
            firstDestructionAfterLatest = event.date();
        }
        lastDate = event.date();
        destroyedSinceLatest = destroyedSinceLatest == null || event.quantityDestroyed() == null
                ? null : destroyedSinceLatest + event.quantityDestroyed();
        destructionCompleted = event.completed();
    }

    @EventSourcingHandler
    void on(StockpileDeclarationRevised event) {
        latest = event.declaration();
        if (firstDestructionAfterLatest == null) {
            lastDate = latest.date();
        }
    }

    @EventSourcingHandler
    void on(StockpileDeclarationVoided event) {
        voided = true;
    }

    private void requireNotVoided() {
        if (voided) {
            throw new RuleViolation(StockpileRule.VOIDED, null, "stockpile " + id + " was voided (recorded in error); "
                    + "nothing more is recorded on it");
        }
    }

    private boolean isDestroyed() {
        return destructionCompleted || latest.status() == StockpileStatus.DESTROYED;
    }

    /** How many are known to remain, or null when unknown. */
    private Long remaining() {
        if (latest.quantity() == null || destroyedSinceLatest == null) {
            return null;
        }
        return latest.quantity() - destroyedSinceLatest;
    }

    private WriteResult written() {
        return WriteResult.of(id, AggregateLifecycle.getVersion());
    }
}
