package org.armscontrol.tracker.command.stockpile;

import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.stockpile.DeclareStockpile;
import org.armscontrol.tracker.shared.stockpile.MunitionCategory;
import org.armscontrol.tracker.shared.stockpile.ReportStockpileDestruction;
import org.armscontrol.tracker.shared.stockpile.ReviseStockpileDeclaration;
import org.armscontrol.tracker.shared.stockpile.StockpileChanges;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclaration;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclarationRevised;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclarationVoided;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclared;
import org.armscontrol.tracker.shared.stockpile.StockpileDestructionReported;
import org.armscontrol.tracker.shared.stockpile.StockpileId;
import org.armscontrol.tracker.shared.stockpile.StockpileStatus;
import org.armscontrol.tracker.shared.stockpile.VoidStockpileDeclaration;
import org.armscontrol.tracker.shared.stockpile.WeaponSystem;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.armscontrol.tracker.command.support.Fixtures.ALICE;
import static org.armscontrol.tracker.command.support.Fixtures.BLR;
import static org.armscontrol.tracker.command.support.Fixtures.BY_ALICE;
import static org.armscontrol.tracker.command.support.Fixtures.CLOCK;
import static org.armscontrol.tracker.command.support.Fixtures.day;
import static org.armscontrol.tracker.command.support.Fixtures.violates;
import static org.armscontrol.tracker.command.support.Fixtures.year;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a stockpile record, as given/when/then specifications. */
class StockpileTest {

    private static final WeaponSystem RBK_500 = WeaponSystem.of("RBK-500");
    private static final StockpileId ID = StockpileId.of(BLR, RBK_500);
    private static final Source JANES = Source.of("Robert Hewson, ed., Jane's Air-Launched Weapons, Issue 44 "
            + "(Surrey, UK: Jane's Information Group Limited, 2004), p. 836.");
    private static final Reason REASON = Reason.of("The count comes from the 2012 transparency report");
    /** "RBK-500 cluster bombs are in service with the country's air force", inherited from the USSR. */
    private static final StockpileDeclaration IN_SERVICE_2004 = new StockpileDeclaration(
            MunitionCategory.CLUSTER_MUNITION, null, StockpileStatus.IN_SERVICE, "inherited from the USSR", year(2004),
            JANES);

    private FixtureConfiguration<Stockpile> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Stockpile.class);
        fixture.registerInjectableResource(CLOCK);
    }

    private static StockpileDeclaration counted(long quantity, ValidDate date) {
        return new StockpileDeclaration(MunitionCategory.CLUSTER_MUNITION, quantity, StockpileStatus.POSSESSED,
                "inherited from the USSR", date, JANES);
    }

    private static ReportStockpileDestruction destroy(Long quantity, boolean completed, String date) {
        return new ReportStockpileDestruction(ID, quantity, completed, day(date), JANES, null, null);
    }

    private static StockpileDestructionReported destroyed(Long quantity, Long remaining, boolean completed, String date) {
        return new StockpileDestructionReported(BLR, RBK_500, quantity, remaining, completed, day(date), JANES, null,
                ALICE);
    }

    @Test
    void a_stockpile_of_unknown_size_is_declared() {
        fixture.givenNoPriorActivity()
                .when(new DeclareStockpile(BLR, RBK_500, IN_SERVICE_2004, null), BY_ALICE)
                .expectEvents(new StockpileDeclared(BLR, RBK_500, IN_SERVICE_2004, ALICE))
                .expectResultMessagePayload(new WriteResult("BLR:RBK-500", 0, false));
    }

    @Test
    void a_later_declaration_records_a_change_in_the_world() {
        fixture.given(new StockpileDeclared(BLR, RBK_500, IN_SERVICE_2004, ALICE))
                .when(new DeclareStockpile(BLR, RBK_500, counted(300, year(2012)), null), BY_ALICE)
                .expectEvents(new StockpileDeclared(BLR, RBK_500, counted(300, year(2012)), ALICE));
    }

    @Test
    void declarations_follow_one_another_in_time() {
        fixture.given(new StockpileDeclared(BLR, RBK_500, counted(300, year(2012)), ALICE))
                .when(new DeclareStockpile(BLR, RBK_500, IN_SERVICE_2004, null), BY_ALICE)
                .expectException(violates("OUT_OF_ORDER"));
    }

    @Test
    void a_declaration_is_not_dated_in_the_future() {
        fixture.givenNoPriorActivity()
                .when(new DeclareStockpile(BLR, RBK_500, counted(300, day("2027-01-01")), null), BY_ALICE)
                .expectException(violates("DATE_IN_FUTURE"));
    }

    @Test
    void partial_destruction_reduces_what_remains() {
        fixture.given(new StockpileDeclared(BLR, RBK_500, counted(300, year(2012)), ALICE))
                .when(destroy(120L, false, "2013-05-01"), BY_ALICE)
                .expectEvents(destroyed(120L, 180L, false, "2013-05-01"));
    }

    @Test
    void destroying_what_remains_completes_the_destruction() {
        fixture.given(new StockpileDeclared(BLR, RBK_500, counted(300, year(2012)), ALICE),
                        destroyed(120L, 180L, false, "2013-05-01"))
                .when(destroy(180L, false, "2014-05-01"), BY_ALICE)
                .expectEvents(destroyed(180L, 0L, true, "2014-05-01"));
    }

    @Test
    void destruction_never_exceeds_what_remains() {
        fixture.given(new StockpileDeclared(BLR, RBK_500, counted(300, year(2012)), ALICE))
                .when(destroy(301L, false, "2013-05-01"), BY_ALICE)
                .expectException(violates("EXCEEDS_STOCKPILE"));
    }

    @Test
    void destruction_of_unknown_quantity_leaves_the_remainder_unknown() {
        fixture.given(new StockpileDeclared(BLR, RBK_500, IN_SERVICE_2004, ALICE))
                .when(destroy(null, false, "2013-05-01"), BY_ALICE)
                .expectEvents(destroyed(null, null, false, "2013-05-01"));
    }

    @Test
    void a_destroyed_stockpile_is_not_destroyed_again() {
        fixture.given(new StockpileDeclared(BLR, RBK_500, IN_SERVICE_2004, ALICE),
                        destroyed(null, 0L, true, "2013-05-01"))
                .when(destroy(10L, false, "2014-05-01"), BY_ALICE)
                .expectException(violates("ALREADY_DESTROYED"));
    }

    @Test
    void destruction_follows_the_declaration_in_time() {
        fixture.given(new StockpileDeclared(BLR, RBK_500, counted(300, year(2012)), ALICE))
                .when(destroy(10L, false, "2011-05-01"), BY_ALICE)
                .expectException(violates("OUT_OF_ORDER"));
    }

    @Test
    void destruction_of_an_unknown_stockpile_is_refused() {
        fixture.givenNoPriorActivity()
                .when(destroy(10L, false, "2013-05-01"), BY_ALICE)
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void a_revision_records_the_revised_declaration_and_what_changed() {
        StockpileChanges count = new StockpileChanges(null, Optional.of(250L), null, null, null, null);
        fixture.given(new StockpileDeclared(BLR, RBK_500, counted(300, year(2012)), ALICE))
                .when(new ReviseStockpileDeclaration(ID, count, REASON, null), BY_ALICE)
                .expectEvents(new StockpileDeclarationRevised(BLR, RBK_500, counted(250, year(2012)),
                        List.of("quantity"), REASON, ALICE))
                .expectResultMessagePayload(new WriteResult("BLR:RBK-500", 1, false));
    }

    @Test
    void a_revision_must_change_something() {
        StockpileChanges same = new StockpileChanges(null, Optional.of(300L), null, null, null, null);
        fixture.given(new StockpileDeclared(BLR, RBK_500, counted(300, year(2012)), ALICE))
                .when(new ReviseStockpileDeclaration(ID, same, REASON, null), BY_ALICE)
                .expectException(violates("REVISION_CHANGES_NOTHING"));
    }

    @Test
    void a_revised_quantity_is_not_below_what_was_destroyed() {
        StockpileChanges count = new StockpileChanges(null, Optional.of(100L), null, null, null, null);
        fixture.given(new StockpileDeclared(BLR, RBK_500, counted(300, year(2012)), ALICE),
                        destroyed(120L, 180L, false, "2013-05-01"))
                .when(new ReviseStockpileDeclaration(ID, count, REASON, null), BY_ALICE)
                .expectException(violates("BELOW_DESTROYED"));
    }

    @Test
    void a_revised_date_stays_before_later_destruction() {
        StockpileChanges later = new StockpileChanges(null, null, null, null, day("2014-01-01"), null);
        fixture.given(new StockpileDeclared(BLR, RBK_500, counted(300, year(2012)), ALICE),
                        destroyed(120L, 180L, false, "2013-05-01"))
                .when(new ReviseStockpileDeclaration(ID, later, REASON, null), BY_ALICE)
                .expectException(violates("OUT_OF_ORDER"));
    }

    @Test
    void a_revision_can_make_the_quantity_unknown() {
        StockpileChanges unknown = new StockpileChanges(null, Optional.empty(), null, null, null, null);
        StockpileDeclaration revised = new StockpileDeclaration(MunitionCategory.CLUSTER_MUNITION, null,
                StockpileStatus.POSSESSED, "inherited from the USSR", year(2012), JANES);
        fixture.given(new StockpileDeclared(BLR, RBK_500, counted(300, year(2012)), ALICE))
                .when(new ReviseStockpileDeclaration(ID, unknown, REASON, null), BY_ALICE)
                .expectEvents(new StockpileDeclarationRevised(BLR, RBK_500, revised, List.of("quantity"), REASON, ALICE));
    }

    private static final Reason WRONG_COUNTRY = Reason.of("Recorded under Belarus; the source is about Ukraine");
    private static final Source CHECK = Source.of("Jane's Air-Launched Weapons, Issue 44, p. 836, checked again");

    private static VoidStockpileDeclaration voidIt(Long expectedVersion) {
        return new VoidStockpileDeclaration(ID, WRONG_COUNTRY, CHECK, expectedVersion);
    }

    private static StockpileDeclarationVoided voided(ValidDate date) {
        return new StockpileDeclarationVoided(BLR, RBK_500, date, WRONG_COUNTRY, CHECK, ALICE);
    }

    @Test
    void a_stockpile_recorded_in_error_is_voided_with_a_reason_and_a_source() {
        fixture.given(new StockpileDeclared(BLR, RBK_500, IN_SERVICE_2004, ALICE),
                        destroyed(null, null, false, "2010-03-01"))
                .when(voidIt(null), BY_ALICE)
                .expectEvents(voided(year(2004)))
                .expectResultMessagePayload(new WriteResult("BLR:RBK-500", 2, false));
    }

    @Test
    void a_void_names_the_date_of_the_latest_declaration() {
        fixture.given(new StockpileDeclared(BLR, RBK_500, IN_SERVICE_2004, ALICE),
                        new StockpileDeclared(BLR, RBK_500, counted(150, day("2012-04-01")), ALICE))
                .when(voidIt(null), BY_ALICE)
                .expectEvents(voided(day("2012-04-01")));
    }

    @Test
    void a_stockpile_is_voided_once() {
        fixture.given(new StockpileDeclared(BLR, RBK_500, IN_SERVICE_2004, ALICE), voided(year(2004)))
                .when(voidIt(null), BY_ALICE)
                .expectNoEvents()
                .expectException(violates("ALREADY_VOID"));
    }

    @Test
    void nothing_is_declared_on_a_voided_stockpile() {
        fixture.given(new StockpileDeclared(BLR, RBK_500, IN_SERVICE_2004, ALICE), voided(year(2004)))
                .when(new DeclareStockpile(BLR, RBK_500, counted(150, day("2012-04-01")), null), BY_ALICE)
                .expectNoEvents()
                .expectException(violates("VOIDED"));
    }

    @Test
    void no_destruction_is_reported_on_a_voided_stockpile() {
        fixture.given(new StockpileDeclared(BLR, RBK_500, IN_SERVICE_2004, ALICE), voided(year(2004)))
                .when(destroy(10L, false, "2010-03-01"), BY_ALICE)
                .expectNoEvents()
                .expectException(violates("VOIDED"));
    }

    @Test
    void a_voided_stockpile_is_not_revised() {
        fixture.given(new StockpileDeclared(BLR, RBK_500, IN_SERVICE_2004, ALICE), voided(year(2004)))
                .when(new ReviseStockpileDeclaration(ID, new StockpileChanges(null, Optional.of(120L), null, null,
                        null, null), REASON, null), BY_ALICE)
                .expectNoEvents()
                .expectException(violates("VOIDED"));
    }

    @Test
    void an_unknown_stockpile_cannot_be_voided() {
        fixture.givenNoPriorActivity()
                .when(voidIt(null), BY_ALICE)
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void a_void_against_a_stale_version_is_refused() {
        fixture.given(new StockpileDeclared(BLR, RBK_500, IN_SERVICE_2004, ALICE),
                        destroyed(null, null, false, "2010-03-01"))
                .when(voidIt(0L), BY_ALICE)
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void a_void_needs_a_reason_and_a_source() {
        assertThatThrownBy(() -> new VoidStockpileDeclaration(ID, null, CHECK, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> new VoidStockpileDeclaration(ID, WRONG_COUNTRY, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("source");
    }
}
