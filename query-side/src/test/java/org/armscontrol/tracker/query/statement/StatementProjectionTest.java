package org.armscontrol.tracker.query.statement;

import org.armscontrol.tracker.query.projection.ReadModelWriter;
import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.query.testing.EventFeed;
import org.armscontrol.tracker.query.testing.ReadModelTest;
import org.armscontrol.tracker.shared.query.HistoryChangeKind;
import org.armscontrol.tracker.shared.query.HistoryEntry;
import org.armscontrol.tracker.shared.query.StatementDetails;
import org.armscontrol.tracker.shared.query.StatementSearchQuery;
import org.armscontrol.tracker.shared.query.StatementView;
import org.armscontrol.tracker.shared.statement.Speaker;
import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.statement.StatementAmended;
import org.armscontrol.tracker.shared.statement.StatementContent;
import org.armscontrol.tracker.shared.statement.StatementId;
import org.armscontrol.tracker.shared.statement.StatementRecorded;
import org.armscontrol.tracker.shared.statement.StatementRetracted;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The statement projection, event by event, on a real PostgreSQL. */
class StatementProjectionTest extends ReadModelTest {

    private static final CountryCode BLR = CountryCode.of("BLR");
    private static final Recorder ALICE = Recorder.of("alice");
    private static final StatementContent GGE = new StatementContent(ValidDate.parse("2008-01-17"),
            "CCW Group of Governmental Experts", "Geneva", null,
            List.of(InstrumentId.of("CCW-P5"), InstrumentId.of("CCW")), Stance.CONDITIONAL,
            "Humanitarian concerns can be met by full implementation of Protocol V.", null,
            Source.of("Notes by WILPF"));

    private EventFeed feed;
    private StatementReadModel reads;

    @BeforeEach
    void feedTheProjection() {
        feed = new EventFeed(new StatementProjection(database.jdbc(), new ReadModelWriter(database.jdbc())));
        reads = new StatementReadModel(database.named());
    }

    @Test
    void a_recorded_statement_is_searchable_and_gives_the_stance_on_each_instrument() {
        StatementId id = StatementId.random();
        feed.record(id.toString(), new StatementRecorded(id, BLR, GGE, ALICE));

        StatementView view = search("implemented protocol").statements().get(0);
        assertThat(view.statementId()).isEqualTo(id);
        assertThat(view.instruments()).containsExactly(InstrumentId.of("CCW-P5"), InstrumentId.of("CCW"));
        assertThat(view.recordedBy()).isEqualTo("alice");
        assertThat(reads.stancesOf(BLR, LocalDate.parse("2008-01-17"), KnownAt.NOW))
                .extracting(stance -> stance.instrument().value(), stance -> stance.stance())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CCW", Stance.CONDITIONAL),
                        org.assertj.core.groups.Tuple.tuple("CCW-P5", Stance.CONDITIONAL));
        assertThat(reads.stancesOf(BLR, LocalDate.parse("2008-01-16"), KnownAt.NOW)).isEmpty();
    }

    @Test
    void an_amendment_replaces_the_current_version_and_shows_what_changed() {
        StatementId id = StatementId.random();
        feed.record(id.toString(), new StatementRecorded(id, BLR, GGE, ALICE));
        StatementContent amended = new StatementContent(GGE.date(), GGE.forum(), GGE.location(),
                new Speaker("Ambassador", "Permanent Representative"),
                GGE.instruments(), Stance.OPPOSES, GGE.summary(), null, GGE.source());
        feed.record(id.toString(), new StatementAmended(id, BLR, amended, List.of("speaker", "stance"),
                Reason.of("Checked against the audio"), Recorder.of("bob")));

        HistoryEntry entry = reads.historyOf(BLR, null, null, null, KnownAt.NOW).get(0);
        StatementDetails details = (StatementDetails) entry.details();
        assertThat(details.stance()).isEqualTo(Stance.OPPOSES);
        assertThat(details.speaker()).isEqualTo("Ambassador");
        assertThat(details.speakerRole()).isEqualTo("Permanent Representative");
        assertThat(details.version()).isEqualTo(1);
        assertThat(entry.recordedBy()).as("who first recorded it").isEqualTo("alice");
        assertThat(entry.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(HistoryChangeKind.AMENDED);
            assertThat(change.before()).containsEntry("stance", "CONDITIONAL").containsEntry("speaker", null);
            assertThat(change.after()).containsEntry("stance", "OPPOSES").containsEntry("speaker",
                    java.util.Map.of("name", "Ambassador", "role", "Permanent Representative"));
            assertThat(change.reason()).isEqualTo("Checked against the audio");
            assertThat(change.recordedBy()).isEqualTo("bob");
        });
    }

    @Test
    void a_batch_of_events_writes_the_same_rows_as_the_events_one_by_one() {
        StatementId first = StatementId.random();
        StatementId second = StatementId.random();
        CountryCode country = CountryCode.of("LTU");
        Runnable history = () -> {
            feed.record(first.toString(), new StatementRecorded(first, country, GGE, ALICE));
            feed.record(second.toString(), new StatementRecorded(second, country, GGE, ALICE));
            for (int i = 1; i <= 3; i++) {
                StatementContent amended = new StatementContent(GGE.date(), GGE.forum(), GGE.location(), null,
                        GGE.instruments(), Stance.OPPOSES, "Amendment " + i, null, GGE.source());
                feed.record(first.toString(), new StatementAmended(first, country, amended, List.of("summary"),
                        Reason.of("Checked " + i), Recorder.of("bob")));
            }
            feed.record(second.toString(), new StatementRetracted(second, country, GGE.date(),
                    Reason.of("Misattributed"), null, ALICE));
        };
        history.run();
        List<String> oneByOne = rowsOf(country);
        database.jdbc().update("DELETE FROM read_model.statements WHERE country = ?", country.value());
        feed = new EventFeed(new StatementProjection(database.jdbc(), new ReadModelWriter(database.jdbc())));

        feed.beginBatch();
        history.run();
        assertThat(rowsOf(country)).as("nothing written before the batch commits").isEmpty();
        feed.endBatch();

        assertThat(rowsOf(country)).hasSize(6).isEqualTo(oneByOne);
    }

    /** The rows of a country's statements, without the instants the two feeds chose differently. */
    private List<String> rowsOf(CountryCode country) {
        return database.jdbc().queryForList("""
                SELECT (to_jsonb(s) - 'recorded_at' - 'known_from' - 'known_until')::text
                       || (known_until IS NULL)::text
                  FROM read_model.statements s WHERE country = ? ORDER BY statement_id, version""",
                String.class, country.value());
    }

    @Test
    void a_retracted_statement_stays_on_the_timeline_but_leaves_searches_and_stances() {
        StatementId id = StatementId.random();
        feed.record(id.toString(), new StatementRecorded(id, BLR, GGE, ALICE));
        feed.record(id.toString(), new StatementRetracted(id, BLR, GGE.date(), Reason.of("Misattributed"),
                Source.of("Corrigendum"), ALICE));

        assertThat(search(null).total()).isZero();
        assertThat(reads.stancesOf(BLR, LocalDate.parse("2009-01-01"), KnownAt.NOW)).isEmpty();
        HistoryEntry entry = reads.historyOf(BLR, null, null, null, KnownAt.NOW).get(0);
        assertThat(((StatementDetails) entry.details()).retracted()).isTrue();
        assertThat(entry.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(HistoryChangeKind.RETRACTED);
            assertThat(change.source()).isEqualTo(Source.of("Corrigendum"));
        });
    }

    @Test
    void known_at_an_instant_the_versions_recorded_by_then_count() {
        StatementId id = StatementId.random();
        feed.record(id.toString(), new StatementRecorded(id, BLR, GGE, ALICE));
        KnownAt asRecorded = KnownAt.of(feed.lastRecordedAt());
        StatementContent amended = new StatementContent(GGE.date(), GGE.forum(), GGE.location(), null,
                GGE.instruments(), Stance.OPPOSES, GGE.summary(), null, GGE.source());
        feed.record(id.toString(), new StatementAmended(id, BLR, amended, List.of("stance"), Reason.of("Re-read"),
                ALICE));
        KnownAt asAmended = KnownAt.of(feed.lastRecordedAt());
        feed.record(id.toString(), new StatementRetracted(id, BLR, GGE.date(), Reason.of("Misattributed"), null,
                ALICE));
        KnownAt beforeItWasRecorded = KnownAt.of(feed.lastRecordedAt().minusSeconds(600));

        LocalDate asOf = LocalDate.parse("2009-01-01");
        assertThat(reads.stancesOf(BLR, asOf, asRecorded)).extracting(stance -> stance.stance())
                .containsOnly(Stance.CONDITIONAL);
        assertThat(reads.stancesOf(BLR, asOf, asAmended)).extracting(stance -> stance.stance())
                .containsOnly(Stance.OPPOSES);
        assertThat(reads.stancesOf(BLR, asOf, KnownAt.NOW)).isEmpty();
        assertThat(reads.stancesOf(BLR, asOf, beforeItWasRecorded)).isEmpty();
        HistoryEntry amendedEntry = reads.historyOf(BLR, null, null, null, asAmended).get(0);
        assertThat(((StatementDetails) amendedEntry.details()).retracted()).isFalse();
        assertThat(amendedEntry.changes()).extracting(change -> change.kind()).containsExactly(HistoryChangeKind.AMENDED);
        assertThat(reads.search(new StatementSearchQuery(BLR, null, Stance.OPPOSES, null, null, null, false,
                asAmended.instant(), 50, 0)).total()).isEqualTo(1);
    }

    @Test
    void delivering_an_event_twice_changes_nothing() {
        StatementId id = StatementId.random();
        GenericDomainEventMessage<Object> recorded =
                feed.record(id.toString(), new StatementRecorded(id, BLR, GGE, ALICE));
        feed.record(id.toString(), new StatementRetracted(id, BLR, GGE.date(), Reason.of("Misattributed"), null,
                ALICE));
        feed.deliver(recorded);

        HistoryEntry entry = reads.historyOf(BLR, null, null, null, KnownAt.NOW).get(0);
        assertThat(((StatementDetails) entry.details()).retracted()).as("not undone by the old event").isTrue();
        assertThat(entry.changes()).hasSize(1);
    }

    private org.armscontrol.tracker.shared.query.StatementPage search(String text) {
        return reads.search(new StatementSearchQuery(BLR, null, null, text, null, null, false, null, 50, 0));
    }
}
