package org.armscontrol.tracker.shared.catalogue;

import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.ValidDate;

import org.armscontrol.tracker.shared.catalogue.EntryIntoForceRule.EarlyDeposit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.armscontrol.tracker.shared.catalogue.InstrumentKind.CODE_OF_CONDUCT;
import static org.armscontrol.tracker.shared.catalogue.InstrumentKind.INITIATIVE;
import static org.armscontrol.tracker.shared.catalogue.InstrumentKind.PROTOCOL;
import static org.armscontrol.tracker.shared.catalogue.InstrumentKind.REGIME;
import static org.armscontrol.tracker.shared.catalogue.InstrumentKind.TREATY;
import static org.armscontrol.tracker.shared.catalogue.InstrumentKind.UN_RESOLUTION;
import static org.armscontrol.tracker.shared.catalogue.JoiningProcedure.BINDING_ON_ALL;
import static org.armscontrol.tracker.shared.catalogue.JoiningProcedure.CONSENT_TO_BE_BOUND;
import static org.armscontrol.tracker.shared.catalogue.JoiningProcedure.MEMBERSHIP;
import static org.armscontrol.tracker.shared.catalogue.JoiningProcedure.SIGNATURE_THEN_RATIFICATION;
import static org.armscontrol.tracker.shared.catalogue.JoiningProcedure.SUBSCRIPTION;

/**
 * The instruments the tracker knows, with the dates that bound what a state can do.
 * <p>
 * Dates are the depositaries' (UN Treaty Collection and the instruments' own texts). Regimes whose founding day is
 * not settled in the literature carry a date of precision YEAR. Entries are only ever added: stored events refer
 * to these ids, so removing or renaming one would make history unreadable.
 */
public final class InstrumentCatalogue {

    private record Entry(String id, String shortName, String name, InstrumentKind kind, JoiningProcedure joining,
                         ValidDate openedOn, String signatureOpenUntil, String entryIntoForce, String parent,
                         Clauses clauses) {
    }

    /** What an instrument's final clauses say of entry into force for a state, withdrawal, provisional application. */
    private record Clauses(EntryIntoForceRule entryIntoForce, Delay withdrawalNotice, boolean provisionalApplication) {
    }

    // "After the deposit of the n-th instrument": the state's own date, or the instrument's entry into force if later.
    private static final EarlyDeposit FROM_THRESHOLD = EarlyDeposit.LATER_OF_THE_TWO;
    // "Subsequent to the entry into force": any earlier deposit takes effect on the entry into force.
    private static final EarlyDeposit AFTER_IN_FORCE = EarlyDeposit.AT_ENTRY_INTO_FORCE;
    private static final Clauses JOINED = new Clauses(EntryIntoForceRule.onJoining(), null, false);

    // Each treaty's clauses cite the articles on entry into force for a state, withdrawal and provisional application.
    // Order matters: ENTRIES and IDS must exist before INSTRUMENTS creates InstrumentIds, which look IDS up.
    private static final List<Entry> ENTRIES = List.of(
            new Entry("CCM", "Convention on Cluster Munitions", "Convention on Cluster Munitions",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("2008-12-03"), "2010-07-31", "2010-08-01", null,
                    // Art. 17(2), 20(3)
                    new Clauses(EntryIntoForceRule.firstDayOfMonthAfter(6, FROM_THRESHOLD), Delay.months(6), false)),
            new Entry("CCW", "Convention on Certain Conventional Weapons",
                    "Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which "
                            + "May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1981-04-10"), "1982-04-09", "1983-12-02", null,
                    // Art. 5(2), 9(2)
                    new Clauses(EntryIntoForceRule.after(Delay.months(6), FROM_THRESHOLD), Delay.years(1), false)),
            new Entry("CCW-P5", "CCW Protocol V", "Protocol on Explosive Remnants of War (Protocol V to the CCW)",
                    PROTOCOL, CONSENT_TO_BE_BOUND, day("2003-11-28"), null, "2006-11-12", "CCW",
                    // CCW Art. 5(4), 9(2)
                    new Clauses(EntryIntoForceRule.after(Delay.months(6), FROM_THRESHOLD), Delay.years(1), false)),
            new Entry("APMBT", "Mine Ban Treaty",
                    "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of "
                            + "Anti-Personnel Mines and on their Destruction",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1997-12-03"), "1999-02-28", "1999-03-01", null,
                    // Art. 17(2), 20(3)
                    new Clauses(EntryIntoForceRule.firstDayOfMonthAfter(6, FROM_THRESHOLD), Delay.months(6), false)),
            new Entry("NPT", "Non-Proliferation Treaty", "Treaty on the Non-Proliferation of Nuclear Weapons",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1968-07-01"), null, "1970-03-05", null,
                    // Art. IX(4), X(1)
                    new Clauses(EntryIntoForceRule.onDeposit(), Delay.months(3), false)),
            new Entry("CTBT", "Comprehensive Nuclear-Test-Ban Treaty", "Comprehensive Nuclear-Test-Ban Treaty",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1996-09-24"), null, null, null,
                    // Art. XIV(5), IX(3)
                    new Clauses(EntryIntoForceRule.after(Delay.days(30), AFTER_IN_FORCE), Delay.months(6), false)),
            new Entry("CWC", "Chemical Weapons Convention",
                    "Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical "
                            + "Weapons and on their Destruction",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1993-01-13"), "1997-04-28", "1997-04-29", null,
                    // Art. XXI(2), XVI(2)
                    new Clauses(EntryIntoForceRule.after(Delay.days(30), AFTER_IN_FORCE), Delay.days(90), false)),
            new Entry("BWC", "Biological Weapons Convention",
                    "Convention on the Prohibition of the Development, Production and Stockpiling of "
                            + "Bacteriological (Biological) and Toxin Weapons and on their Destruction",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1972-04-10"), null, "1975-03-26", null,
                    // Art. XIV(4), XIII(2)
                    new Clauses(EntryIntoForceRule.onDeposit(), Delay.months(3), false)),
            new Entry("ATT", "Arms Trade Treaty", "Arms Trade Treaty",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("2013-06-03"), "2014-12-23", "2014-12-24", null,
                    // Art. 22(2), 24(2), 23
                    new Clauses(EntryIntoForceRule.after(Delay.days(90), AFTER_IN_FORCE), Delay.days(90), true)),
            new Entry("TPNW", "Treaty on the Prohibition of Nuclear Weapons",
                    "Treaty on the Prohibition of Nuclear Weapons",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("2017-09-20"), null, "2021-01-22", null,
                    // Art. 15(2), 17(3)
                    new Clauses(EntryIntoForceRule.after(Delay.days(90), FROM_THRESHOLD), Delay.months(12), false)),
            new Entry("HCOC", "Hague Code of Conduct",
                    "Hague Code of Conduct against Ballistic Missile Proliferation",
                    CODE_OF_CONDUCT, SUBSCRIPTION, day("2002-11-25"), null, "2002-11-25", null, JOINED),
            new Entry("NSG", "Nuclear Suppliers Group", "Nuclear Suppliers Group",
                    REGIME, MEMBERSHIP, year(1975), null, null, null, JOINED),
            new Entry("ZANGGER", "Zangger Committee", "Zangger Committee (Nuclear Exporters Committee)",
                    REGIME, MEMBERSHIP, year(1971), null, null, null, JOINED),
            new Entry("MTCR", "Missile Technology Control Regime", "Missile Technology Control Regime",
                    REGIME, MEMBERSHIP, day("1987-04-16"), null, null, null, JOINED),
            new Entry("WASSENAAR", "Wassenaar Arrangement",
                    "Wassenaar Arrangement on Export Controls for Conventional Arms and Dual-Use Goods and "
                            + "Technologies",
                    REGIME, MEMBERSHIP, day("1996-07-12"), null, null, null, JOINED),
            new Entry("AUSTRALIA-GROUP", "Australia Group", "Australia Group",
                    REGIME, MEMBERSHIP, year(1985), null, null, null, JOINED),
            new Entry("PSI", "Proliferation Security Initiative", "Proliferation Security Initiative",
                    INITIATIVE, MEMBERSHIP, day("2003-05-31"), null, null, null, JOINED),
            new Entry("UNSCR-1540", "UNSC Resolution 1540", "United Nations Security Council Resolution 1540 (2004)",
                    UN_RESOLUTION, BINDING_ON_ALL, day("2004-04-28"), null, "2004-04-28", null,
                    new Clauses(EntryIntoForceRule.forAll(), null, false))
    );

    private static final Set<String> IDS = ENTRIES.stream().map(Entry::id)
            .collect(Collectors.toUnmodifiableSet());

    private static final Map<InstrumentId, Instrument> INSTRUMENTS = ENTRIES.stream()
            .map(InstrumentCatalogue::toInstrument)
            .collect(Collectors.toMap(Instrument::id, i -> i, (a, b) -> a, LinkedHashMap::new));

    private InstrumentCatalogue() {
    }

    public static boolean contains(String id) {
        return IDS.contains(id);
    }

    public static Instrument get(InstrumentId id) {
        return INSTRUMENTS.get(id);
    }

    /** Every instrument, in catalogue order. */
    public static List<Instrument> all() {
        return List.copyOf(INSTRUMENTS.values());
    }

    /** Every id, in catalogue order. */
    public static List<String> ids() {
        return ENTRIES.stream().map(Entry::id).toList();
    }

    private static Instrument toInstrument(Entry e) {
        return new Instrument(InstrumentId.of(e.id()), e.shortName(), e.name(), e.kind(), e.joining(), e.openedOn(),
                date(e.signatureOpenUntil()), date(e.entryIntoForce()),
                e.parent() == null ? null : InstrumentId.of(e.parent()), e.clauses().entryIntoForce(),
                e.clauses().withdrawalNotice() == null ? null : new WithdrawalNotice(e.clauses().withdrawalNotice()),
                e.clauses().provisionalApplication());
    }

    private static ValidDate day(String isoDate) {
        return ValidDate.parse(isoDate);
    }

    private static ValidDate year(int year) {
        return ValidDate.of(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    private static LocalDate date(String isoDate) {
        return isoDate == null ? null : LocalDate.parse(isoDate);
    }
}
