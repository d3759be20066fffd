package org.armscontrol.tracker.query.vote;

import org.armscontrol.tracker.query.projection.ReadModelWriter;
import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.query.testing.EventFeed;
import org.armscontrol.tracker.query.testing.ReadModelTest;
import org.armscontrol.tracker.shared.query.HistoryChangeKind;
import org.armscontrol.tracker.shared.query.HistoryEntry;
import org.armscontrol.tracker.shared.query.HistoryEntryKind;
import org.armscontrol.tracker.shared.query.InstrumentVotes;
import org.armscontrol.tracker.shared.query.VoteDetails;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.armscontrol.tracker.shared.vote.ResolutionSymbol;
import org.armscontrol.tracker.shared.vote.VoteCast;
import org.armscontrol.tracker.shared.vote.VoteCorrected;
import org.armscontrol.tracker.shared.vote.VoteId;
import org.armscontrol.tracker.shared.vote.VoteRecorded;
import org.armscontrol.tracker.shared.vote.VoteVoided;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The vote projection, event by event, on a real PostgreSQL. */
class VoteProjectionTest extends ReadModelTest {

    private static final CountryCode BLR = CountryCode.of("BLR");
    private static final InstrumentId CCM = InstrumentId.of("CCM");
    private static final InstrumentId CCW = InstrumentId.of("CCW");
    private static final Recorder ALICE = Recorder.of("alice");
    private static final ResolutionSymbol RES_78 = ResolutionSymbol.of("A/RES/78/32");
    private static final ResolutionSymbol RES_79 = ResolutionSymbol.of("A/RES/79/56");
    private static final VoteId VOTE_78 = VoteId.of(BLR, RES_78);
    private static final VoteId VOTE_79 = VoteId.of(BLR, RES_79);
    private static final String TITLE = "Implementation of the Convention on Cluster Munitions";
    private static final Source RECORD = Source.of("UN Digital Library, voting record");

    private EventFeed feed;
    private VoteReadModel reads;

    @BeforeEach
    void feedTheProjection() {
        feed = new EventFeed(new VoteProjection(database.jdbc(), new ReadModelWriter(database.jdbc())));
        reads = new VoteReadModel(database.named());
    }

    private GenericDomainEventMessage<Object> record(VoteId id, ResolutionSymbol resolution, String date,
                                                     VoteCast vote, InstrumentId... instruments) {
        return feed.record(id.toString(), new VoteRecorded(id, BLR, resolution, TITLE, ValidDate.parse(date), vote,
                List.of(instruments), RECORD, ALICE));
    }

    private void correct(VoteId id, ResolutionSymbol resolution, String date, VoteCast vote, List<String> changed) {
        feed.record(id.toString(), new VoteCorrected(id, BLR, resolution, vote, ValidDate.parse(date), changed,
                Reason.of("Voting record re-read"), Source.of("Official record A/79/PV.48"), Recorder.of("bob")));
    }

    @Test
    void a_recorded_vote_is_on_the_timeline_with_the_real_resolution_symbol() {
        record(VOTE_79, RES_79, "2024-12-02", VoteCast.ABSTAIN, CCM);

        HistoryEntry entry = reads.historyOf(BLR, null, null, null, KnownAt.NOW).get(0);
        assertThat(entry.id()).isEqualTo("BLR:A_RES_79_56");
        assertThat(entry.kind()).isEqualTo(HistoryEntryKind.VOTE);
        assertThat(entry.instruments()).containsExactly(CCM);
        assertThat(entry.date()).isEqualTo(LocalDate.parse("2024-12-02"));
        assertThat(entry.details()).isEqualTo(new VoteDetails(VOTE_79, RES_79, TITLE, VoteCast.ABSTAIN, 0));
        assertThat(entry.source()).isEqualTo(RECORD);
        assertThat(entry.recordedBy()).isEqualTo("alice");
        assertThat(entry.changes()).isEmpty();
        assertThat(reads.historyOf(BLR, CCW, null, null, KnownAt.NOW)).as("filtered by instrument").isEmpty();
        assertThat(reads.historyOf(BLR, null, null, LocalDate.parse("2024-12-01"), KnownAt.NOW)).isEmpty();
    }

    @Test
    void the_position_counts_the_votes_up_to_the_date_per_instrument_with_the_latest() {
        record(VOTE_78, RES_78, "2023-12-04", VoteCast.ABSTAIN, CCM);
        record(VOTE_79, RES_79, "2024-12-02", VoteCast.NO, CCM, CCW);

        assertThat(reads.votesOf(BLR, LocalDate.parse("2023-12-03"), KnownAt.NOW)).isEmpty();
        assertThat(reads.votesOf(BLR, LocalDate.parse("2024-01-01"), KnownAt.NOW)).singleElement().satisfies(ccm -> {
            assertThat(ccm.instrument()).isEqualTo(CCM);
            assertThat(ccm.resolution()).isEqualTo(RES_78);
            assertThat(ccm.vote()).isEqualTo(VoteCast.ABSTAIN);
            assertThat(ccm.counts()).isEqualTo(Map.of(VoteCast.YES, 0, VoteCast.NO, 0, VoteCast.ABSTAIN, 1,
                    VoteCast.ABSENT, 0));
        });
        List<InstrumentVotes> later = reads.votesOf(BLR, LocalDate.parse("2024-12-02"), KnownAt.NOW);
        assertThat(later).extracting(InstrumentVotes::instrument).containsExactly(CCM, CCW);
        assertThat(later.get(0).resolution()).isEqualTo(RES_79);
        assertThat(later.get(0).voteId()).isEqualTo(VOTE_79);
        assertThat(later.get(0).counts()).containsEntry(VoteCast.ABSTAIN, 1).containsEntry(VoteCast.NO, 1);
        assertThat(later.get(1).counts()).containsEntry(VoteCast.ABSTAIN, 0).containsEntry(VoteCast.NO, 1);
    }

    @Test
    void a_correction_makes_a_new_version_and_shows_what_changed() {
        record(VOTE_79, RES_79, "2024-12-02", VoteCast.ABSTAIN, CCM);
        correct(VOTE_79, RES_79, "2024-12-03", VoteCast.NO, List.of("vote", "date"));

        HistoryEntry entry = reads.historyOf(BLR, null, null, null, KnownAt.NOW).get(0);
        assertThat(entry.date()).isEqualTo(LocalDate.parse("2024-12-03"));
        assertThat(((VoteDetails) entry.details()).vote()).isEqualTo(VoteCast.NO);
        assertThat(((VoteDetails) entry.details()).version()).isEqualTo(1);
        assertThat(entry.recordedBy()).as("who first recorded it").isEqualTo("alice");
        assertThat(entry.source()).as("the vote's own source").isEqualTo(RECORD);
        assertThat(entry.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(HistoryChangeKind.CORRECTED);
            assertThat(change.changedFields()).containsExactly("vote", "date");
            assertThat(change.before()).containsEntry("vote", "ABSTAIN")
                    .containsEntry("date", Map.of("date", "2024-12-02", "precision", DatePrecision.DAY));
            assertThat(change.after()).containsEntry("vote", "NO")
                    .containsEntry("date", Map.of("date", "2024-12-03", "precision", DatePrecision.DAY));
            assertThat(change.reason()).isEqualTo("Voting record re-read");
            assertThat(change.source()).isEqualTo(Source.of("Official record A/79/PV.48"));
            assertThat(change.recordedBy()).isEqualTo("bob");
        });
        assertThat(database.jdbc().queryForObject("SELECT count(*) FROM read_model.votes", Integer.class))
                .as("both versions kept").isEqualTo(2);
    }

    @Test
    void known_at_an_instant_the_versions_recorded_by_then_count() {
        record(VOTE_79, RES_79, "2024-12-02", VoteCast.ABSTAIN, CCM);
        KnownAt asRecorded = KnownAt.of(feed.lastRecordedAt());
        correct(VOTE_79, RES_79, "2024-12-02", VoteCast.NO, List.of("vote"));
        KnownAt beforeItWasRecorded = KnownAt.of(asRecorded.instant().minusSeconds(30));
        LocalDate asOf = LocalDate.parse("2025-01-01");

        assertThat(reads.votesOf(BLR, asOf, asRecorded)).extracting(InstrumentVotes::vote)
                .containsExactly(VoteCast.ABSTAIN);
        assertThat(reads.votesOf(BLR, asOf, KnownAt.NOW)).extracting(InstrumentVotes::vote)
                .containsExactly(VoteCast.NO);
        assertThat(reads.votesOf(BLR, asOf, beforeItWasRecorded)).isEmpty();
        HistoryEntry asItWas = reads.historyOf(BLR, null, null, null, asRecorded).get(0);
        assertThat(((VoteDetails) asItWas.details()).vote()).isEqualTo(VoteCast.ABSTAIN);
        assertThat(asItWas.changes()).isEmpty();
        assertThat(reads.historyOf(BLR, null, null, null, beforeItWasRecorded)).isEmpty();
    }

    @Test
    void delivering_an_event_twice_changes_nothing() {
        GenericDomainEventMessage<Object> recorded = record(VOTE_79, RES_79, "2024-12-02", VoteCast.ABSTAIN, CCM);
        correct(VOTE_79, RES_79, "2024-12-02", VoteCast.NO, List.of("vote"));
        feed.deliver(recorded);

        HistoryEntry entry = reads.historyOf(BLR, null, null, null, KnownAt.NOW).get(0);
        assertThat(((VoteDetails) entry.details()).vote()).as("not undone by the old event").isEqualTo(VoteCast.NO);
        assertThat(entry.changes()).hasSize(1);
    }

    @Test
    void a_batch_writes_the_same_rows_as_the_events_one_by_one_and_a_reset_empties_the_table() {
        feed.beginBatch();
        record(VOTE_79, RES_79, "2024-12-02", VoteCast.ABSTAIN, CCM);
        correct(VOTE_79, RES_79, "2024-12-02", VoteCast.NO, List.of("vote"));
        correct(VOTE_79, RES_79, "2024-12-02", VoteCast.ABSENT, List.of("vote"));
        assertThat(reads.historyOf(BLR, null, null, null, KnownAt.NOW)).as("nothing before the commit").isEmpty();
        feed.endBatch();

        HistoryEntry entry = reads.historyOf(BLR, null, null, null, KnownAt.NOW).get(0);
        assertThat(((VoteDetails) entry.details()).vote()).isEqualTo(VoteCast.ABSENT);
        assertThat(entry.changes()).extracting(change -> change.after().get("vote")).containsExactly("NO", "ABSENT");

        feed.reset();
        assertThat(database.jdbc().queryForObject("SELECT count(*) FROM read_model.votes", Integer.class)).isZero();
    }

    private GenericDomainEventMessage<Object> voidIt(VoteId id, ResolutionSymbol resolution, String date) {
        return feed.record(id.toString(), new VoteVoided(id, BLR, resolution, ValidDate.parse(date),
                Reason.of("Recorded twice"), Source.of("Voting record re-read"), Recorder.of("bob")));
    }

    @Test
    void a_voided_vote_counts_nowhere_but_as_known_before_the_void() {
        record(VOTE_78, RES_78, "2023-12-04", VoteCast.ABSTAIN, CCM);
        record(VOTE_79, RES_79, "2024-12-02", VoteCast.ABSTAIN, CCM);
        correct(VOTE_79, RES_79, "2024-12-02", VoteCast.NO, List.of("vote"));
        KnownAt beforeTheVoid = KnownAt.of(feed.lastRecordedAt());
        voidIt(VOTE_79, RES_79, "2024-12-02");
        LocalDate asOf = LocalDate.parse("2025-01-01");

        assertThat(reads.historyOf(BLR, null, null, null, KnownAt.NOW)).extracting(HistoryEntry::id)
                .containsExactly("BLR:A_RES_78_32");
        assertThat(reads.votesOf(BLR, asOf, KnownAt.NOW)).singleElement().satisfies(ccm -> {
            assertThat(ccm.voteId()).as("the latest vote not voided").isEqualTo(VOTE_78);
            assertThat(ccm.counts()).containsEntry(VoteCast.ABSTAIN, 1).containsEntry(VoteCast.NO, 0);
        });

        HistoryEntry asItWas = reads.historyOf(BLR, null, null, null, beforeTheVoid).stream()
                .filter(entry -> entry.id().equals("BLR:A_RES_79_56")).findFirst().orElseThrow();
        assertThat(((VoteDetails) asItWas.details()).vote()).isEqualTo(VoteCast.NO);
        assertThat(asItWas.changes()).as("its correction too").hasSize(1);
        assertThat(reads.votesOf(BLR, asOf, beforeTheVoid)).singleElement().satisfies(ccm -> {
            assertThat(ccm.voteId()).isEqualTo(VOTE_79);
            assertThat(ccm.counts()).containsEntry(VoteCast.ABSTAIN, 1).containsEntry(VoteCast.NO, 1);
        });
        assertThat(database.jdbc().queryForObject("SELECT count(*) FROM read_model.votes", Integer.class))
                .as("every version kept").isEqualTo(3);
    }

    @Test
    void a_void_delivered_twice_or_in_a_batch_writes_the_same_rows() {
        feed.beginBatch();
        record(VOTE_79, RES_79, "2024-12-02", VoteCast.ABSTAIN, CCM);
        correct(VOTE_79, RES_79, "2024-12-02", VoteCast.NO, List.of("vote"));
        GenericDomainEventMessage<Object> voided = voidIt(VOTE_79, RES_79, "2024-12-02");
        feed.endBatch();
        feed.deliver(voided);

        assertThat(reads.historyOf(BLR, null, null, null, KnownAt.NOW)).isEmpty();
        assertThat(database.jdbc().queryForObject(
                "SELECT count(*) FROM read_model.votes WHERE known_until IS NULL", Integer.class)).isZero();
    }
}
