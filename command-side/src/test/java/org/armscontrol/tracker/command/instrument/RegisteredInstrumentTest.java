package org.armscontrol.tracker.command.instrument;

import org.armscontrol.tracker.command.rules.UnknownRecordException;
import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.catalogue.Delay;
import org.armscontrol.tracker.shared.catalogue.EntryIntoForceRule;
import org.armscontrol.tracker.shared.catalogue.EntryIntoForceRule.EarlyDeposit;
import org.armscontrol.tracker.shared.catalogue.FinalClauses;
import org.armscontrol.tracker.shared.catalogue.InstrumentChanges;
import org.armscontrol.tracker.shared.catalogue.InstrumentChanges.ClauseChanges;
import org.armscontrol.tracker.shared.catalogue.InstrumentDefinition;
import org.armscontrol.tracker.shared.catalogue.InstrumentKind;
import org.armscontrol.tracker.shared.catalogue.JoiningProcedure;
import org.armscontrol.tracker.shared.catalogue.ProvisionalApplication;
import org.armscontrol.tracker.shared.catalogue.WithdrawalNotice;
import org.armscontrol.tracker.shared.instrument.AmendInstrument;
import org.armscontrol.tracker.shared.instrument.InstrumentAmended;
import org.armscontrol.tracker.shared.instrument.InstrumentRegistered;
import org.armscontrol.tracker.shared.instrument.RegisterInstrument;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.armscontrol.tracker.command.support.Fixtures.ALICE;
import static org.armscontrol.tracker.command.support.Fixtures.BY_ALICE;
import static org.armscontrol.tracker.command.support.Fixtures.day;
import static org.armscontrol.tracker.command.support.Fixtures.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of an instrument's definition, as given/when/then specifications. */
class RegisteredInstrumentTest {

    private static final Source TEXT = Source.of("Treaty text, final clauses");
    private static final Reason REASON = Reason.of("Withdrawal clause read in the text");
    // The Convention on the Physical Protection of Nuclear Material (not in the seed): Art. 18-19, Art. 21.
    private static final FinalClauses CLAUSES = FinalClauses.of("Art. 18-19",
            EntryIntoForceRule.after(Delay.days(30), EarlyDeposit.LATER_OF_THE_TWO), "Art. 21", Delay.days(180));
    private static final InstrumentDefinition CPPNM = new InstrumentDefinition("CPPNM",
            "Convention on the Physical Protection of Nuclear Material",
            "Convention on the Physical Protection of Nuclear Material",
            InstrumentKind.TREATY, JoiningProcedure.SIGNATURE_THEN_RATIFICATION, day("1980-03-03"),
            LocalDate.parse("1987-02-07"), LocalDate.parse("1987-02-08"), null,
            "Director General of the International Atomic Energy Agency", null, CLAUSES);
    private static final InstrumentRegistered REGISTERED = new InstrumentRegistered("CPPNM", CPPNM, null, TEXT, ALICE);

    private FixtureConfiguration<RegisteredInstrument> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RegisteredInstrument.class);
    }

    private static AmendInstrument amend(String id, InstrumentChanges changes) {
        return new AmendInstrument(id, changes, REASON, TEXT, null);
    }

    private static InstrumentChanges clauses(ClauseChanges clauses) {
        return new InstrumentChanges(null, null, null, null, null, null, null, null, null, null, clauses);
    }

    private static ClauseChanges provisional(ProvisionalApplication when, String article) {
        return new ClauseChanges(null, null, null, null, when, article, null, null);
    }

    @Test
    void an_admin_registers_an_instrument_the_catalogue_lacks() {
        fixture.givenNoPriorActivity()
                .when(new RegisterInstrument(CPPNM, null, TEXT, null), BY_ALICE)
                .expectEvents(REGISTERED)
                .expectResultMessagePayload(new WriteResult("CPPNM", 0, false));
    }

    @Test
    void an_id_is_registered_once() {
        fixture.given(REGISTERED)
                .when(new RegisterInstrument(CPPNM, null, TEXT, null), BY_ALICE)
                .expectNoEvents()
                .expectException(violates("INSTRUMENT_EXISTS"));
    }

    @Test
    void an_id_of_the_seed_catalogue_is_not_registered_again() {
        InstrumentDefinition ccm = new InstrumentDefinition("CCM", "Cluster munitions again", "Another CCM",
                InstrumentKind.TREATY, JoiningProcedure.SIGNATURE_THEN_RATIFICATION, day("2008-12-03"), null, null,
                null, null, null, CLAUSES);
        fixture.givenNoPriorActivity()
                .when(new RegisterInstrument(ccm, null, TEXT, null), BY_ALICE)
                .expectNoEvents()
                .expectException(violates("INSTRUMENT_EXISTS"));
    }

    @Test
    void a_registration_expecting_another_version_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterInstrument(CPPNM, null, TEXT, 3L), BY_ALICE)
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void a_definition_names_the_field_it_breaks() {
        assertRefused(new InstrumentDefinition("cppnm", "CPPNM", "CPPNM", InstrumentKind.TREATY,
                JoiningProcedure.SIGNATURE_THEN_RATIFICATION, day("1980-03-03"), null, null, null, null, null,
                CLAUSES), "id");
        assertRefused(new InstrumentDefinition("CPPNM", " ", "CPPNM", InstrumentKind.TREATY,
                JoiningProcedure.SIGNATURE_THEN_RATIFICATION, day("1980-03-03"), null, null, null, null, null,
                CLAUSES), "shortName");
        assertRefused(new InstrumentDefinition("CPPNM", "CPPNM", "CPPNM", InstrumentKind.TREATY,
                JoiningProcedure.SIGNATURE_THEN_RATIFICATION, day("1980-03-03"), LocalDate.parse("1979-01-01"),
                null, null, null, null, CLAUSES), "signatureOpenUntil");
        assertRefused(new InstrumentDefinition("CCW-P9", "P9", "P9", InstrumentKind.PROTOCOL,
                JoiningProcedure.CONSENT_TO_BE_BOUND, day("2030-01-01"), null, null, "CCX", null, null, CLAUSES),
                "parent");
        assertRefused(new InstrumentDefinition("CPPNM", "CPPNM", "CPPNM", null,
                JoiningProcedure.SIGNATURE_THEN_RATIFICATION, day("1980-03-03"), null, null, null, null, null,
                CLAUSES), "kind");
    }

    private static void assertRefused(InstrumentDefinition definition, String field) {
        assertThatThrownBy(() -> new RegisterInstrument(definition, null, TEXT, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.property()).contains(field));
    }

    @Test
    void an_amendment_replaces_the_fields_it_gives_and_names_them() {
        InstrumentDefinition amended = new InstrumentDefinition("CPPNM", CPPNM.shortName(), CPPNM.name(), CPPNM.kind(),
                CPPNM.joining(), CPPNM.openedOn(), CPPNM.signatureOpenUntil(), CPPNM.entryIntoForce(), null,
                CPPNM.depositary(), null, CLAUSES.withProvisionalApplication(ProvisionalApplication.AT_CONSENT,
                "Art. V"));
        fixture.given(REGISTERED)
                .when(amend("CPPNM", clauses(provisional(ProvisionalApplication.AT_CONSENT, "Art. V"))), BY_ALICE)
                .expectEvents(new InstrumentAmended("CPPNM", amended,
                        List.of("clauses.provisionalApplication", "clauses.provisionalArticle"), REASON, TEXT, ALICE))
                .expectResultMessagePayload(new WriteResult("CPPNM", 1, false));
    }

    @Test
    void an_amendment_removes_an_optional_clause_sent_as_null() {
        InstrumentDefinition provisional = new InstrumentDefinition("CPPNM", CPPNM.shortName(), CPPNM.name(),
                CPPNM.kind(), CPPNM.joining(), CPPNM.openedOn(), CPPNM.signatureOpenUntil(), CPPNM.entryIntoForce(),
                null, CPPNM.depositary(), null,
                CLAUSES.withProvisionalApplication(ProvisionalApplication.AT_CONSENT, "Art. V"));
        InstrumentChanges removal = new InstrumentChanges(null, null, null, null, null, null, null, null, null, null,
                null, java.util.Set.of("clauses.provisionalApplication", "clauses.provisionalArticle"));
        fixture.given(new InstrumentRegistered("CPPNM", provisional, null, TEXT, ALICE))
                .when(amend("CPPNM", removal), BY_ALICE)
                .expectEvents(new InstrumentAmended("CPPNM", CPPNM,
                        List.of("clauses.provisionalApplication", "clauses.provisionalArticle"), REASON, TEXT, ALICE));
    }

    @Test
    void removing_what_is_not_there_changes_nothing_and_what_every_instrument_has_cannot_be_removed() {
        fixture.given(REGISTERED)
                .when(amend("CPPNM", new InstrumentChanges(null, null, null, null, null, null, null, null, null, null,
                        null, java.util.Set.of("clauses.provisionalArticle"))), BY_ALICE)
                .expectNoEvents()
                .expectException(violates("AMENDMENT_CHANGES_NOTHING"));
        assertThatThrownBy(() -> new InstrumentChanges(null, null, null, null, null, null, null, null, null, null,
                null, java.util.Set.of("shortName")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.property()).contains("shortName"));
    }

    @Test
    void an_amendment_that_changes_nothing_is_refused() {
        fixture.given(REGISTERED)
                .when(amend("CPPNM", clauses(new ClauseChanges("Art. 18-19", null, null,
                        new WithdrawalNotice(Delay.days(180)), null, null, false, null))), BY_ALICE)
                .expectNoEvents()
                .expectException(violates("AMENDMENT_CHANGES_NOTHING"));
    }

    @Test
    void an_amendment_must_leave_a_valid_definition() {
        fixture.given(REGISTERED)
                .when(amend("CPPNM", new InstrumentChanges(null, null, null, null, day("1988-01-01"), null, null, null,
                        null, null, null)), BY_ALICE)
                .expectNoEvents()
                .expectException(InvalidValueException.class);
    }

    @Test
    void an_unknown_instrument_is_not_amended() {
        fixture.givenNoPriorActivity()
                .when(amend("NOT-REGISTERED", clauses(provisional(ProvisionalApplication.AT_CONSENT, null))),
                        BY_ALICE)
                .expectNoEvents()
                .expectException(UnknownRecordException.class);
    }

    @Test
    void a_seed_instrument_is_amended_from_its_seed_definition() {
        // The Kinshasa Convention's withdrawal clause is not in the seed.
        InstrumentDefinition seed = InstrumentDefinition.of(InstrumentId.of("KINSHASA").instrument());
        ClauseChanges withdrawal = new ClauseChanges(null, null, "Art. 37", new WithdrawalNotice(Delay.years(1)),
                null, null, null, null);
        InstrumentDefinition amended = new InstrumentChanges(null, null, null, null, null, null, null, null, null,
                null, withdrawal).applyTo(seed);
        fixture.givenNoPriorActivity()
                .when(amend("KINSHASA", clauses(withdrawal)), BY_ALICE)
                .expectEvents(new InstrumentAmended("KINSHASA", amended,
                        List.of("clauses.withdrawalArticle", "clauses.withdrawalNotice"), REASON, TEXT, ALICE))
                .expectResultMessagePayload(new WriteResult("KINSHASA", 0, false));
    }

    @Test
    void an_amendment_expecting_another_version_is_refused() {
        fixture.given(REGISTERED)
                .when(new AmendInstrument("CPPNM", clauses(provisional(ProvisionalApplication.AT_CONSENT, null)),
                        REASON, TEXT, 5L), BY_ALICE)
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }
}
