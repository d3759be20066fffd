package org.armscontrol.tracker.command.statement;

import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.statement.AmendStatement;
import org.armscontrol.tracker.shared.statement.RecordStatement;
import org.armscontrol.tracker.shared.statement.RetractStatement;
import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.statement.StatementAmended;
import org.armscontrol.tracker.shared.statement.StatementChanges;
import org.armscontrol.tracker.shared.statement.StatementContent;
import org.armscontrol.tracker.shared.statement.StatementId;
import org.armscontrol.tracker.shared.statement.StatementRecorded;
import org.armscontrol.tracker.shared.statement.StatementRetracted;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.armscontrol.tracker.command.support.Fixtures.ALICE;
import static org.armscontrol.tracker.command.support.Fixtures.BLR;
import static org.armscontrol.tracker.command.support.Fixtures.BY_ALICE;
import static org.armscontrol.tracker.command.support.Fixtures.CCW;
import static org.armscontrol.tracker.command.support.Fixtures.CCW_P5;
import static org.armscontrol.tracker.command.support.Fixtures.CLOCK;
import static org.armscontrol.tracker.command.support.Fixtures.day;
import static org.armscontrol.tracker.command.support.Fixtures.violates;

/** The rules of a recorded statement, as given/when/then specifications. */
class StatementTest {

    private static final StatementId ID = StatementId.parse("1b7f4c9e-3a52-4d43-9d1e-8b0c2f5a6e71");
    private static final Source WILPF = Source.of(
            "Statement of Belarus, First 2008 Session of the CCW GGE on Cluster Munitions, Geneva, "
                    + "17 January 2008. Notes by WILPF.");
    private static final StatementContent JANUARY_2008 = new StatementContent(day("2008-01-17"),
            "First 2008 Session of the CCW GGE on Cluster Munitions", "Geneva", null, List.of(CCW, CCW_P5),
            Stance.CONDITIONAL, "The humanitarian implications of cluster munitions could be resolved through full "
            + "implementation of CCW Protocol V.", null, WILPF);
    private static final Reason REASON = Reason.of("Checked against the session's official summary record");

    private FixtureConfiguration<Statement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Statement.class);
        fixture.registerInjectableResource(CLOCK);
    }

    private static StatementChanges changes(Stance stance, Optional<String> quote) {
        return new StatementChanges(null, null, null, null, null, stance, null, quote, null);
    }

    @Test
    void a_statement_is_recorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordStatement(ID, BLR, JANUARY_2008), BY_ALICE)
                .expectEvents(new StatementRecorded(ID, BLR, JANUARY_2008, ALICE))
                .expectResultMessagePayload(new WriteResult(ID.toString(), 0, false));
    }

    @Test
    void a_statement_is_not_dated_in_the_future() {
        StatementContent future = new StatementContent(day("2027-01-17"), "CCW Meeting", null, null, List.of(CCW),
                Stance.SUPPORTS, "A statement yet to be made.", null, WILPF);
        fixture.givenNoPriorActivity()
                .when(new RecordStatement(ID, BLR, future), BY_ALICE)
                .expectException(violates("DATE_IN_FUTURE"));
    }

    @Test
    void an_amendment_records_the_whole_new_version_and_what_changed() {
        StatementContent amended = changes(Stance.SUPPORTS, null).applyTo(JANUARY_2008);
        fixture.given(new StatementRecorded(ID, BLR, JANUARY_2008, ALICE))
                .when(new AmendStatement(ID, changes(Stance.SUPPORTS, null), REASON, null), BY_ALICE)
                .expectEvents(new StatementAmended(ID, BLR, amended, List.of("stance"), REASON, ALICE))
                .expectResultMessagePayload(new WriteResult(ID.toString(), 1, false));
    }

    @Test
    void an_amendment_can_remove_an_optional_field() {
        StatementContent quoted = changes(null, Optional.of("full implementation of Protocol V")).applyTo(JANUARY_2008);
        fixture.given(new StatementRecorded(ID, BLR, quoted, ALICE))
                .when(new AmendStatement(ID, changes(null, Optional.empty()), REASON, null), BY_ALICE)
                .expectEvents(new StatementAmended(ID, BLR, JANUARY_2008, List.of("quote"), REASON, ALICE));
    }

    @Test
    void an_amendment_must_change_something() {
        fixture.given(new StatementRecorded(ID, BLR, JANUARY_2008, ALICE))
                .when(new AmendStatement(ID, changes(Stance.CONDITIONAL, null), REASON, null), BY_ALICE)
                .expectException(violates("AMENDMENT_CHANGES_NOTHING"));
    }

    @Test
    void an_amendment_keeps_the_statement_valid() {
        StatementChanges noInstruments = new StatementChanges(null, null, null, null, List.of(), null, null, null, null);
        fixture.given(new StatementRecorded(ID, BLR, JANUARY_2008, ALICE))
                .when(new AmendStatement(ID, noInstruments, REASON, null), BY_ALICE)
                .expectException(InvalidValueException.class);
    }

    @Test
    void an_amended_date_is_not_in_the_future() {
        StatementChanges future = new StatementChanges(day("2027-01-01"), null, null, null, null, null, null, null, null);
        fixture.given(new StatementRecorded(ID, BLR, JANUARY_2008, ALICE))
                .when(new AmendStatement(ID, future, REASON, null), BY_ALICE)
                .expectException(violates("DATE_IN_FUTURE"));
    }

    @Test
    void an_unknown_statement_cannot_be_amended() {
        fixture.givenNoPriorActivity()
                .when(new AmendStatement(ID, changes(Stance.SUPPORTS, null), REASON, null), BY_ALICE)
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void a_statement_is_retracted_with_a_reason_and_keeps_its_place_on_the_timeline() {
        Reason misattributed = Reason.of("Misattributed in the notes");
        fixture.given(new StatementRecorded(ID, BLR, JANUARY_2008, ALICE))
                .when(new RetractStatement(ID, misattributed, null, null), BY_ALICE)
                .expectEvents(new StatementRetracted(ID, BLR, day("2008-01-17"), misattributed, null, ALICE))
                .expectResultMessagePayload(new WriteResult(ID.toString(), 1, false));
    }

    @Test
    void a_statement_is_retracted_only_once() {
        fixture.given(new StatementRecorded(ID, BLR, JANUARY_2008, ALICE),
                        new StatementRetracted(ID, BLR, day("2008-01-17"), REASON, null, ALICE))
                .when(new RetractStatement(ID, REASON, null, null), BY_ALICE)
                .expectException(violates("STATEMENT_RETRACTED"));
    }

    @Test
    void nothing_changes_after_retraction() {
        fixture.given(new StatementRecorded(ID, BLR, JANUARY_2008, ALICE),
                        new StatementRetracted(ID, BLR, day("2008-01-17"), REASON, null, ALICE))
                .when(new AmendStatement(ID, changes(Stance.SUPPORTS, null), REASON, null), BY_ALICE)
                .expectException(violates("STATEMENT_RETRACTED"))
                .expectNoEvents();
    }
}
