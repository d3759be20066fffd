package org.armscontrol.tracker.command.vote;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.armscontrol.tracker.command.config.CommandSideConfiguration;
import org.armscontrol.tracker.command.rules.DateRules;
import org.armscontrol.tracker.command.rules.ExpectedVersion;
import org.armscontrol.tracker.command.rules.RuleViolation;
import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.value.ChangedFields;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.armscontrol.tracker.shared.vote.CorrectVote;
import org.armscontrol.tracker.shared.vote.RecordVote;
import org.armscontrol.tracker.shared.vote.ResolutionSymbol;
import org.armscontrol.tracker.shared.vote.VoidVote;
import org.armscontrol.tracker.shared.vote.VoteCast;
import org.armscontrol.tracker.shared.vote.VoteCorrected;
import org.armscontrol.tracker.shared.vote.VoteId;
import org.armscontrol.tracker.shared.vote.VoteRecorded;
import org.armscontrol.tracker.shared.vote.VoteVoided;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One country's vote on one General Assembly resolution, with its corrections.
 * <p>
 * Rules: a country votes once per resolution (the record is named by both, so a second vote finds the first);
 * dates are not in the future; a correction gives a reason and a source and changes the vote or the date. A vote
 * recorded in error is voided, with a reason and a source, once; it is neither corrected nor recorded again
 * afterwards (VOIDED).
 */
// Snapshots (every tracker.snapshots.threshold events) store the fields as JSON; the revision names their shape.
@Aggregate(snapshotTriggerDefinition = CommandSideConfiguration.SNAPSHOT_TRIGGER)
@Revision("1")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Vote {

    @AggregateIdentifier
    private VoteId id;
    private CountryCode country;
    private ResolutionSymbol resolution;
    private VoteCast vote;
    private ValidDate date;
    /** Whether the vote was voided (recorded in error); absent from snapshots taken before voids existed. */
    private boolean voided;

    protected Vote() {
        // Axon creates an empty instance, then replays the stream (or runs a creating command) on it.
    }

    // Create-if-missing rather than always: a second vote on the same resolution must meet the first one's state
    // to be refused by rule, instead of failing on the event store's unique sequence number.
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(RecordVote command, Recorder recorder, Clock clock) {
        ExpectedVersion.check(command.expectedVersion(), command.voteId());
        requireNotVoided();
        if (id != null) {
            throw new RuleViolation(VoteRule.ALREADY_VOTED, "resolution", country + "'s vote on " + resolution
                    + " is already recorded (" + vote + " on " + date + "); to change it, correct it");
        }
        DateRules.requireNotInFuture(command.date(), "date", clock);
        apply(new VoteRecorded(command.voteId(), command.country(), command.resolution(), command.title(),
                command.date(), command.vote(), command.instruments(), command.source(), recorder));
        return written();
    }

    @CommandHandler
    public WriteResult handle(CorrectVote command, Recorder recorder, Clock clock) {
        requireNotVoided();
        VoteCast correctedVote = command.vote() != null ? command.vote() : vote;
        ValidDate correctedDate = command.date() != null ? command.date() : date;
        List<String> changed = new ChangedFields()
                .compare("vote", vote, correctedVote)
                .compare("date", date, correctedDate)
                .list();
        if (changed.isEmpty()) {
            throw new RuleViolation(VoteRule.CORRECTION_CHANGES_NOTHING, null,
                    "the correction gives the vote's current values; it changes nothing");
        }
        if (changed.contains("date")) {
            DateRules.requireNotInFuture(correctedDate, "date", clock);
        }
        apply(new VoteCorrected(id, country, resolution, correctedVote, correctedDate, changed, command.reason(),
                command.source(), recorder));
        return written();
    }

    @CommandHandler
    public WriteResult handle(VoidVote command, Recorder recorder) {
        if (voided) {
            throw new RuleViolation(VoteRule.ALREADY_VOID, null, country + "'s vote on " + resolution + " is already voided");
        }
        apply(new VoteVoided(id, country, resolution, date, command.reason(), command.source(), recorder));
        return written();
    }

    @EventSourcingHandler
    void on(VoteRecorded event) {
        id = event.voteId();
        country = event.country();
        resolution = event.resolution();
        vote = event.vote();
        date = event.date();
    }

    @EventSourcingHandler
    void on(VoteCorrected event) {
        vote = event.vote();
        date = event.date();
    }

    @EventSourcingHandler
    void on(VoteVoided event) {
        voided = true;
    }

    private void requireNotVoided() {
        if (voided) {
            throw new RuleViolation(VoteRule.VOIDED, null, country + "'s vote on " + resolution
                    + " was voided (recorded in error); nothing more is recorded on it");
        }
    }

    private WriteResult written() {
        return WriteResult.of(id, AggregateLifecycle.getVersion());
    }
}
