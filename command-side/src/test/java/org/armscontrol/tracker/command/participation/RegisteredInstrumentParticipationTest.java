package org.armscontrol.tracker.command.participation;

import org.armscontrol.tracker.shared.catalogue.Delay;
import org.armscontrol.tracker.shared.catalogue.EntryIntoForceRule;
import org.armscontrol.tracker.shared.catalogue.FinalClauses;
import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;
import org.armscontrol.tracker.shared.catalogue.InstrumentDefinition;
import org.armscontrol.tracker.shared.catalogue.InstrumentKind;
import org.armscontrol.tracker.shared.catalogue.JoiningProcedure;
import org.armscontrol.tracker.shared.catalogue.ProvisionalApplication;
import org.armscontrol.tracker.shared.participation.RecordTreatyAction;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.participation.TreatySigned;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.armscontrol.tracker.command.support.Fixtures.ALICE;
import static org.armscontrol.tracker.command.support.Fixtures.BLR;
import static org.armscontrol.tracker.command.support.Fixtures.BY_ALICE;
import static org.armscontrol.tracker.command.support.Fixtures.CLOCK;
import static org.armscontrol.tracker.command.support.Fixtures.UNTC;
import static org.armscontrol.tracker.command.support.Fixtures.day;
import static org.armscontrol.tracker.command.support.Fixtures.violates;

/**
 * A state acts on an instrument registered at run time as on one of the seed, under its clauses as they stand when
 * the command is handled: an amendment applies to the commands after it.
 */
class RegisteredInstrumentParticipationTest {

    private static final AtomicInteger INSTRUMENTS = new AtomicInteger();

    private FixtureConfiguration<TreatyParticipation> fixture;
    /** An instrument of each specification's own: the catalogue outlives a specification. */
    private String id;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TreatyParticipation.class);
        fixture.registerInjectableResource(CLOCK);
        id = "PARTICIPATION-TEST-" + INSTRUMENTS.incrementAndGet();
        InstrumentCatalogue.register(treaty(ProvisionalApplication.NOT_PROVIDED), 0);
    }

    private InstrumentDefinition treaty(ProvisionalApplication provisional) {
        return new InstrumentDefinition(id, "Test treaty", "A treaty registered by an admin", InstrumentKind.TREATY,
                JoiningProcedure.SIGNATURE_THEN_RATIFICATION, day("2026-01-10"), LocalDate.parse("2026-12-31"), null,
                null, null, null, FinalClauses.of("Art. 10", EntryIntoForceRule.after(Delay.days(30),
                        EntryIntoForceRule.EarlyDeposit.LATER_OF_THE_TWO), "Art. 12", Delay.months(6))
                .withProvisionalApplication(provisional, provisional.provided() ? "Art. 11" : null));
    }

    private RecordTreatyAction act(TreatyAction action, String date) {
        return new RecordTreatyAction(BLR, InstrumentId.of(id), action, day(date), null, UNTC, null, null);
    }

    @Test
    void a_state_signs_a_newly_registered_instrument() {
        fixture.givenNoPriorActivity()
                .when(act(TreatyAction.SIGNED, "2026-11-23"), BY_ALICE)
                .expectEvents(new TreatySigned(BLR, InstrumentId.of(id), day("2026-11-23"), UNTC, null, ALICE));
    }

    @Test
    void the_clauses_of_a_registered_instrument_bound_what_a_state_may_do() {
        fixture.givenNoPriorActivity()
                .when(act(TreatyAction.SIGNED, "2026-01-09"), BY_ALICE)
                .expectException(violates("BEFORE_INSTRUMENT_OPENED"));
    }

    @Test
    void an_amendment_of_the_clauses_applies_to_the_commands_after_it() {
        fixture.given(new TreatySigned(BLR, InstrumentId.of(id), day("2026-11-20"), UNTC, null, ALICE))
                .when(act(TreatyAction.PROVISIONALLY_APPLIED, "2026-11-21"), BY_ALICE)
                .expectException(violates("ACTION_NOT_APPLICABLE"));

        InstrumentCatalogue.register(treaty(ProvisionalApplication.AT_SIGNATURE_OR_CONSENT), 1);

        fixture.given(new TreatySigned(BLR, InstrumentId.of(id), day("2026-11-20"), UNTC, null, ALICE))
                .when(act(TreatyAction.PROVISIONALLY_APPLIED, "2026-11-21"), BY_ALICE)
                .expectSuccessfulHandlerExecution();
    }
}
