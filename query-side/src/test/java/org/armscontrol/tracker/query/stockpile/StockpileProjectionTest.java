package org.armscontrol.tracker.query.stockpile;

import org.armscontrol.tracker.query.projection.ReadModelWriter;
import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.query.testing.EventFeed;
import org.armscontrol.tracker.query.testing.ReadModelTest;
import org.armscontrol.tracker.shared.query.HistoryChangeKind;
import org.armscontrol.tracker.shared.query.HistoryEntry;
import org.armscontrol.tracker.shared.query.HistoryEntryKind;
import org.armscontrol.tracker.shared.query.StockpileSummary;
import org.armscontrol.tracker.shared.stockpile.MunitionCategory;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclaration;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclarationRevised;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclarationVoided;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclared;
import org.armscontrol.tracker.shared.stockpile.StockpileDestructionReported;
import org.armscontrol.tracker.shared.stockpile.StockpileStatus;
import org.armscontrol.tracker.shared.stockpile.WeaponSystem;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.DatePrecision;
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

/** The stockpile projection, event by event, on a real PostgreSQL. */
class StockpileProjectionTest extends ReadModelTest {

    private static final CountryCode BLR = CountryCode.of("BLR");
    private static final WeaponSystem RBK_500 = WeaponSystem.of("RBK-500");
    private static final String ID = "BLR:RBK-500";
    private static final Recorder ALICE = Recorder.of("alice");
    private static final StockpileDeclaration DECLARED = new StockpileDeclaration(MunitionCategory.CLUSTER_MUNITION,
            100L, StockpileStatus.IN_SERVICE, "inherited from the USSR",
            ValidDate.of(LocalDate.parse("2004-01-01"), DatePrecision.YEAR), Source.of("Jane's"));

    private EventFeed feed;
    private StockpileReadModel reads;

    @BeforeEach
    void feedTheProjection() {
        feed = new EventFeed(new StockpileProjection(database.jdbc(), new ReadModelWriter(database.jdbc())));
        reads = new StockpileReadModel(database.named());
    }

    @Test
    void a_declaration_gives_the_stockpile_from_its_date() {
        feed.record(ID, new StockpileDeclared(BLR, RBK_500, DECLARED, ALICE));

        assertThat(reads.summariesOf(BLR, LocalDate.parse("2003-12-31"), KnownAt.NOW)).isEmpty();
        StockpileSummary summary = reads.summariesOf(BLR, LocalDate.parse("2004-06-30"), KnownAt.NOW).get(0);
        assertThat(summary.weaponSystem()).isEqualTo("RBK-500");
        assertThat(summary.remaining()).isEqualTo(100);
        assertThat(summary.origin()).isEqualTo("inherited from the USSR");
        assertThat(summary.declaredPrecision()).isEqualTo(DatePrecision.YEAR);
        HistoryEntry entry = reads.historyOf(BLR, InstrumentId.of("CCM"), null, null, KnownAt.NOW).get(0);
        assertThat(entry.kind()).isEqualTo(HistoryEntryKind.STOCKPILE_DECLARATION);
        assertThat(reads.historyOf(BLR, InstrumentId.of("NPT"), null, null, KnownAt.NOW)).isEmpty();
    }

    @Test
    void destruction_counts_from_its_date_against_the_declaration_before_it() {
        feed.record(ID, new StockpileDeclared(BLR, RBK_500, DECLARED, ALICE));
        feed.record(ID, new StockpileDestructionReported(BLR, RBK_500, 30L, 70L, false, ValidDate.parse("2010-05-01"),
                Source.of("Article 7 report"), null, ALICE));
        feed.record(ID, new StockpileDestructionReported(BLR, RBK_500, null, null, false,
                ValidDate.parse("2011-05-01"), Source.of("Article 7 report"), "number not given", ALICE));

        StockpileSummary in2010 = reads.summariesOf(BLR, LocalDate.parse("2010-12-31"), KnownAt.NOW).get(0);
        assertThat(in2010.destroyed()).isEqualTo(30);
        assertThat(in2010.remaining()).isEqualTo(70);
        StockpileSummary in2011 = reads.summariesOf(BLR, LocalDate.parse("2011-12-31"), KnownAt.NOW).get(0);
        assertThat(in2011.destroyed()).as("unknown once a report gives no number").isNull();
        assertThat(in2011.remaining()).isNull();
        assertThat(in2011.lastReportOn()).isEqualTo(LocalDate.parse("2011-05-01"));
        assertThat(reads.historyOf(BLR, null, null, null, KnownAt.NOW)).extracting(HistoryEntry::kind)
                .containsOnly(HistoryEntryKind.STOCKPILE_DECLARATION, HistoryEntryKind.STOCKPILE_DESTRUCTION)
                .hasSize(3);
    }

    @Test
    void completed_destruction_leaves_nothing() {
        feed.record(ID, new StockpileDeclared(BLR, RBK_500, DECLARED, ALICE));
        feed.record(ID, new StockpileDestructionReported(BLR, RBK_500, 100L, 0L, true, ValidDate.parse("2012-01-01"),
                Source.of("Article 7 report"), null, ALICE));

        StockpileSummary summary = reads.summariesOf(BLR, LocalDate.parse("2012-01-01"), KnownAt.NOW).get(0);
        assertThat(summary.status()).isEqualTo(StockpileStatus.DESTROYED);
        assertThat(summary.remaining()).isZero();
    }

    @Test
    void a_revision_changes_the_declaration_and_keeps_what_it_said_before() {
        feed.record(ID, new StockpileDeclared(BLR, RBK_500, DECLARED, ALICE));
        StockpileDeclaration revised = new StockpileDeclaration(DECLARED.category(), 120L, DECLARED.status(),
                DECLARED.origin(), DECLARED.date(), DECLARED.source());
        feed.record(ID, new StockpileDeclarationRevised(BLR, RBK_500, revised, List.of("quantity"),
                Reason.of("The 2006 edition gives 120"), Recorder.of("bob")));

        assertThat(reads.summariesOf(BLR, LocalDate.parse("2005-01-01"), KnownAt.NOW).get(0).declaredQuantity()).isEqualTo(120);
        HistoryEntry entry = reads.historyOf(BLR, null, null, null, KnownAt.NOW).get(0);
        assertThat(entry.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(HistoryChangeKind.REVISED);
            assertThat(change.before()).containsEntry("quantity", 100);
            assertThat(change.after()).containsEntry("quantity", 120);
            assertThat(change.recordedBy()).isEqualTo("bob");
        });
    }

    @Test
    void known_at_an_instant_before_a_revision_the_declaration_as_it_was() {
        feed.record(ID, new StockpileDeclared(BLR, RBK_500, DECLARED, ALICE));
        KnownAt asDeclared = KnownAt.of(feed.lastRecordedAt());
        StockpileDeclaration revised = new StockpileDeclaration(DECLARED.category(), 120L, DECLARED.status(),
                DECLARED.origin(), DECLARED.date(), DECLARED.source());
        feed.record(ID, new StockpileDeclarationRevised(BLR, RBK_500, revised, List.of("quantity"),
                Reason.of("Recount"), ALICE));
        feed.record(ID, new StockpileDestructionReported(BLR, RBK_500, 20L, 100L, false,
                ValidDate.parse("2010-05-01"), Source.of("Article 7 report"), null, ALICE));

        LocalDate asOf = LocalDate.parse("2011-01-01");
        StockpileSummary then = reads.summariesOf(BLR, asOf, asDeclared).get(0);
        assertThat(then.declaredQuantity()).isEqualTo(100);
        assertThat(then.destroyed()).as("the destruction was not known yet").isZero();
        assertThat(reads.summariesOf(BLR, asOf, KnownAt.NOW).get(0).remaining()).isEqualTo(100);
        assertThat(reads.historyOf(BLR, null, null, null, asDeclared)).singleElement()
                .satisfies(entry -> assertThat(entry.changes()).isEmpty());
    }

    @Test
    void delivering_an_event_twice_changes_nothing() {
        feed.record(ID, new StockpileDeclared(BLR, RBK_500, DECLARED, ALICE));
        GenericDomainEventMessage<Object> destroyed = feed.record(ID, new StockpileDestructionReported(BLR, RBK_500,
                30L, 70L, false, ValidDate.parse("2010-05-01"), Source.of("Article 7 report"), null, ALICE));
        StockpileDeclaration revised = new StockpileDeclaration(DECLARED.category(), 120L, DECLARED.status(),
                DECLARED.origin(), DECLARED.date(), DECLARED.source());
        GenericDomainEventMessage<Object> revision = feed.record(ID, new StockpileDeclarationRevised(BLR, RBK_500,
                revised, List.of("quantity"), Reason.of("Recount"), ALICE));
        feed.deliver(destroyed);
        feed.deliver(revision);

        StockpileSummary summary = reads.summariesOf(BLR, LocalDate.parse("2011-01-01"), KnownAt.NOW).get(0);
        assertThat(summary.destroyed()).isEqualTo(30);
        assertThat(summary.remaining()).isEqualTo(90);
        assertThat(reads.historyOf(BLR, null, null, null, KnownAt.NOW).get(0).changes()).singleElement()
                .satisfies(change -> assertThat(change.before()).containsEntry("quantity", 100));
    }

    @Test
    void a_voided_stockpile_counts_nowhere_but_as_known_before_the_void() {
        WeaponSystem kmg = WeaponSystem.of("KMG-U");
        feed.record("BLR:KMG-U", new StockpileDeclared(BLR, kmg, DECLARED, ALICE));
        feed.record(ID, new StockpileDeclared(BLR, RBK_500, DECLARED, ALICE));
        feed.record(ID, new StockpileDestructionReported(BLR, RBK_500, 30L, 70L, false, ValidDate.parse("2010-05-01"),
                Source.of("Article 7 report"), null, ALICE));
        feed.record(ID, new StockpileDeclarationRevised(BLR, RBK_500, new StockpileDeclaration(
                MunitionCategory.CLUSTER_MUNITION, 120L, StockpileStatus.IN_SERVICE, "inherited from the USSR",
                DECLARED.date(), Source.of("Jane's")), List.of("quantity"), Reason.of("2006 edition"), ALICE));
        GenericDomainEventMessage<Object> later = feed.record(ID, new StockpileDeclared(BLR, RBK_500,
                new StockpileDeclaration(MunitionCategory.CLUSTER_MUNITION, 50L, StockpileStatus.IN_SERVICE, null,
                        ValidDate.parse("2012-01-01"), Source.of("Monitor")), ALICE));
        KnownAt beforeTheVoid = KnownAt.of(feed.lastRecordedAt());
        feed.record(ID, new StockpileDeclarationVoided(BLR, RBK_500, ValidDate.parse("2012-01-01"),
                Reason.of("Recorded under Belarus in error"), Source.of("Jane's, re-read"), Recorder.of("bob")));
        LocalDate asOf = LocalDate.parse("2013-01-01");

        assertThat(reads.summariesOf(BLR, asOf, KnownAt.NOW)).extracting(StockpileSummary::weaponSystem)
                .containsExactly("KMG-U");
        assertThat(reads.historyOf(BLR, null, null, null, KnownAt.NOW)).extracting(HistoryEntry::id)
                .as("declarations, destruction and revision gone").containsExactly("BLR:KMG-U#0");

        assertThat(reads.summariesOf(BLR, asOf, beforeTheVoid)).extracting(StockpileSummary::weaponSystem)
                .containsExactly("KMG-U", "RBK-500");
        assertThat(reads.summariesOf(BLR, LocalDate.parse("2011-01-01"), beforeTheVoid).get(1).remaining())
                .as("revised 120, less 30 destroyed").isEqualTo(90);
        List<HistoryEntry> asItWas = reads.historyOf(BLR, null, null, null, beforeTheVoid);
        assertThat(asItWas).hasSize(4);
        assertThat(asItWas).filteredOn(entry -> entry.id().equals(ID + "#0")).singleElement()
                .satisfies(entry -> assertThat(entry.changes()).extracting(change -> change.kind())
                        .containsExactly(HistoryChangeKind.REVISED));

        feed.deliver(later);
        assertThat(reads.summariesOf(BLR, asOf, KnownAt.NOW)).as("an old event again revives nothing")
                .hasSize(1);
    }
}
