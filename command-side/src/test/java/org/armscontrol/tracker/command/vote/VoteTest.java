package org.armscontrol.tracker.command.vote;

import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
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
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.armscontrol.tracker.command.support.Fixtures.ALICE;
import static org.armscontrol.tracker.command.support.Fixtures.BLR;
import static org.armscontrol.tracker.command.support.Fixtures.BY_ALICE;
import static org.armscontrol.tracker.command.support.Fixtures.CCM;
import static org.armscontrol.tracker.command.support.Fixtures.CLOCK;
import static org.armscontrol.tracker.command.support.Fixtures.LTU;
import static org.armscontrol.tracker.command.support.Fixtures.day;
import static org.armscontrol.tracker.command.support.Fixtures.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a recorded General Assembly vote, as given/when/then specifications. */
class VoteTest {

    private static final ResolutionSymbol A_RES_79_56 = ResolutionSymbol.of("A/RES/79/56");
    private static final VoteId ID = VoteId.of(BLR, A_RES_79_56);
    private static final String TITLE = "Implementation of the Convention on Cluster Munitions";
    private static final Source VOTING_RECORD = Source.of("UN Digital Library, voting record of A/RES/79/56");
    private static final Source CORRIGENDUM = Source.of("UN Digital Library, voting record, corrected");
    private static final Reason REASON = Reason.of("Checked against the official voting record");
    private static final VoteRecorded ABSTAINED = new VoteRecorded(ID, BLR, A_RES_79_56, TITLE, day("2024-12-02"),
            VoteCast.ABSTAIN, List.of(CCM), VOTING_RECORD, ALICE);

    private FixtureConfiguration<Vote> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Vote.class);
        fixture.registerInjectableResource(CLOCK);
    }

    private static RecordVote recordVote(String date, VoteCast vote) {
        return new RecordVote(BLR, A_RES_79_56, TITLE, day(date), vote, List.of(CCM), VOTING_RECORD, null);
    }

    @Test
    void a_vote_is_recorded_under_an_id_made_of_country_and_resolution() {
        fixture.givenNoPriorActivity()
                .when(recordVote("2024-12-02", VoteCast.ABSTAIN), BY_ALICE)
                .expectEvents(ABSTAINED)
                .expectResultMessagePayload(new WriteResult("BLR:A_RES_79_56", 0, false));
    }

    @Test
    void a_country_votes_once_per_resolution() {
        fixture.given(ABSTAINED)
                .when(recordVote("2024-12-02", VoteCast.NO), BY_ALICE)
                .expectNoEvents()
                .expectException(violates("ALREADY_VOTED"));
    }

    @Test
    void the_same_resolution_is_voted_on_by_every_country_in_a_record_of_its_own() {
        assertThat(VoteId.of(LTU, A_RES_79_56)).isNotEqualTo(ID);
        assertThat(VoteId.of(BLR, ResolutionSymbol.of("A/RES/78/32"))).isNotEqualTo(ID);
    }

    @Test
    void a_vote_is_not_dated_in_the_future() {
        fixture.givenNoPriorActivity()
                .when(recordVote("2026-11-25", VoteCast.YES), BY_ALICE)
                .expectException(violates("DATE_IN_FUTURE"));
    }

    @Test
    void a_vote_dated_today_somewhere_on_earth_is_not_in_the_future() {
        fixture.givenNoPriorActivity()
                .when(recordVote("2026-11-24", VoteCast.YES), BY_ALICE)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void recording_against_an_expected_version_of_a_record_that_exists_is_stale() {
        fixture.given(ABSTAINED)
                .when(new RecordVote(BLR, A_RES_79_56, TITLE, day("2024-12-02"), VoteCast.NO, List.of(CCM),
                        VOTING_RECORD, -1L), BY_ALICE)
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void a_correction_changes_the_vote_with_a_reason_and_a_source() {
        fixture.given(ABSTAINED)
                .when(new CorrectVote(ID, VoteCast.NO, null, REASON, CORRIGENDUM, null), BY_ALICE)
                .expectEvents(new VoteCorrected(ID, BLR, A_RES_79_56, VoteCast.NO, day("2024-12-02"),
                        List.of("vote"), REASON, CORRIGENDUM, ALICE))
                .expectResultMessagePayload(new WriteResult("BLR:A_RES_79_56", 1, false));
    }

    @Test
    void a_correction_changes_the_date_or_both() {
        fixture.given(ABSTAINED)
                .when(new CorrectVote(ID, VoteCast.YES, day("2024-12-03"), REASON, CORRIGENDUM, null), BY_ALICE)
                .expectEvents(new VoteCorrected(ID, BLR, A_RES_79_56, VoteCast.YES, day("2024-12-03"),
                        List.of("vote", "date"), REASON, CORRIGENDUM, ALICE));
    }

    @Test
    void a_correction_applies_to_the_latest_version() {
        fixture.given(ABSTAINED, new VoteCorrected(ID, BLR, A_RES_79_56, VoteCast.NO, day("2024-12-02"),
                        List.of("vote"), REASON, CORRIGENDUM, ALICE))
                .when(new CorrectVote(ID, VoteCast.NO, null, REASON, CORRIGENDUM, null), BY_ALICE)
                .expectException(violates("CORRECTION_CHANGES_NOTHING"));
    }

    @Test
    void a_correction_must_change_something() {
        fixture.given(ABSTAINED)
                .when(new CorrectVote(ID, VoteCast.ABSTAIN, day("2024-12-02"), REASON, CORRIGENDUM, null), BY_ALICE)
                .expectNoEvents()
                .expectException(violates("CORRECTION_CHANGES_NOTHING"));
    }

    @Test
    void a_correction_that_gives_nothing_changes_nothing() {
        fixture.given(ABSTAINED)
                .when(new CorrectVote(ID, null, null, REASON, CORRIGENDUM, null), BY_ALICE)
                .expectException(violates("CORRECTION_CHANGES_NOTHING"));
    }

    @Test
    void a_corrected_date_is_not_in_the_future() {
        fixture.given(ABSTAINED)
                .when(new CorrectVote(ID, null, day("2027-01-01"), REASON, CORRIGENDUM, null), BY_ALICE)
                .expectException(violates("DATE_IN_FUTURE"));
    }

    @Test
    void an_unknown_vote_cannot_be_corrected() {
        fixture.givenNoPriorActivity()
                .when(new CorrectVote(ID, VoteCast.NO, null, REASON, CORRIGENDUM, null), BY_ALICE)
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void a_correction_against_a_stale_version_is_refused() {
        fixture.given(ABSTAINED, new VoteCorrected(ID, BLR, A_RES_79_56, VoteCast.NO, day("2024-12-02"),
                        List.of("vote"), REASON, CORRIGENDUM, ALICE))
                .when(new CorrectVote(ID, VoteCast.YES, null, REASON, CORRIGENDUM, 0L), BY_ALICE)
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void a_correction_needs_a_reason_and_a_source() {
        assertThatThrownBy(() -> new CorrectVote(ID, VoteCast.NO, null, null, CORRIGENDUM, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> new CorrectVote(ID, VoteCast.NO, null, REASON, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("source");
    }

    @Test
    void a_vote_concerns_at_least_one_instrument() {
        assertThatThrownBy(() -> new RecordVote(BLR, A_RES_79_56, TITLE, day("2024-12-02"), VoteCast.YES, List.of(),
                VOTING_RECORD, null))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).property()).hasValue("instruments"));
    }

    @Test
    void a_vote_is_dated_like_every_fact() {
        assertThatThrownBy(() -> recordVote("1944-12-31", VoteCast.YES)).isInstanceOf(InvalidValueException.class);
        assertThat(ValidDate.parse("2024-12-02")).isEqualTo(ABSTAINED.date());
    }

    private static final Reason DUPLICATE = Reason.of("Recorded twice: the vote is Lithuania's, already recorded");
    private static final VoteVoided VOIDED = new VoteVoided(ID, BLR, A_RES_79_56, day("2024-12-02"), DUPLICATE,
            CORRIGENDUM, ALICE);

    @Test
    void a_vote_recorded_in_error_is_voided_with_a_reason_and_a_source() {
        fixture.given(ABSTAINED)
                .when(new VoidVote(ID, DUPLICATE, CORRIGENDUM, null), BY_ALICE)
                .expectEvents(VOIDED)
                .expectResultMessagePayload(new WriteResult("BLR:A_RES_79_56", 1, false));
    }

    @Test
    void a_void_names_the_date_of_the_vote_as_corrected() {
        fixture.given(ABSTAINED, new VoteCorrected(ID, BLR, A_RES_79_56, VoteCast.NO, day("2024-12-03"),
                        List.of("vote", "date"), REASON, CORRIGENDUM, ALICE))
                .when(new VoidVote(ID, DUPLICATE, CORRIGENDUM, null), BY_ALICE)
                .expectEvents(new VoteVoided(ID, BLR, A_RES_79_56, day("2024-12-03"), DUPLICATE, CORRIGENDUM,
                        ALICE));
    }

    @Test
    void a_vote_is_voided_once() {
        fixture.given(ABSTAINED, VOIDED)
                .when(new VoidVote(ID, DUPLICATE, CORRIGENDUM, null), BY_ALICE)
                .expectNoEvents()
                .expectException(violates("ALREADY_VOID"));
    }

    @Test
    void a_voided_vote_is_not_corrected() {
        fixture.given(ABSTAINED, VOIDED)
                .when(new CorrectVote(ID, VoteCast.NO, null, REASON, CORRIGENDUM, null), BY_ALICE)
                .expectNoEvents()
                .expectException(violates("VOIDED"));
    }

    @Test
    void a_voided_vote_is_not_recorded_again() {
        fixture.given(ABSTAINED, VOIDED)
                .when(recordVote("2024-12-02", VoteCast.NO), BY_ALICE)
                .expectNoEvents()
                .expectException(violates("VOIDED"));
    }

    @Test
    void an_unknown_vote_cannot_be_voided() {
        fixture.givenNoPriorActivity()
                .when(new VoidVote(ID, DUPLICATE, CORRIGENDUM, null), BY_ALICE)
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void a_void_against_a_stale_version_is_refused() {
        fixture.given(ABSTAINED, new VoteCorrected(ID, BLR, A_RES_79_56, VoteCast.NO, day("2024-12-02"),
                        List.of("vote"), REASON, CORRIGENDUM, ALICE))
                .when(new VoidVote(ID, DUPLICATE, CORRIGENDUM, 0L), BY_ALICE)
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void a_void_needs_a_reason_and_a_source() {
        assertThatThrownBy(() -> new VoidVote(ID, null, CORRIGENDUM, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> new VoidVote(ID, DUPLICATE, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("source");
    }
}
