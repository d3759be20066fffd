package org.armscontrol.tracker.shared.catalogue;

import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.ValidDate;

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
                         ValidDate openedOn, String signatureOpenUntil, String entryIntoForce, String parent) {
    }

    // Order matters: ENTRIES and IDS must exist before INSTRUMENTS creates InstrumentIds, which look IDS up.
    private static final List<Entry> ENTRIES = List.of(
            new Entry("CCM", "Convention on Cluster Munitions", "Convention on Cluster Munitions",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("2008-12-03"), "2010-07-31", "2010-08-01", null),
            new Entry("CCW", "Convention on Certain Conventional Weapons",
                    "Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which "
                            + "May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1981-04-10"), "1982-04-09", "1983-12-02", null),
            new Entry("CCW-P5", "CCW Protocol V", "Protocol on Explosive Remnants of War (Protocol V to the CCW)",
                    PROTOCOL, CONSENT_TO_BE_BOUND, day("2003-11-28"), null, "2006-11-12", "CCW"),
            new Entry("APMBT", "Mine Ban Treaty",
                    "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of "
                            + "Anti-Personnel Mines and on their Destruction",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1997-12-03"), "1999-02-28", "1999-03-01", null),
            new Entry("NPT", "Non-Proliferation Treaty", "Treaty on the Non-Proliferation of Nuclear Weapons",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1968-07-01"), null, "1970-03-05", null),
            new Entry("CTBT", "Comprehensive Nuclear-Test-Ban Treaty", "Comprehensive Nuclear-Test-Ban Treaty",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1996-09-24"), null, null, null),
            new Entry("CWC", "Chemical Weapons Convention",
                    "Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical "
                            + "Weapons and on their Destruction",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1993-01-13"), "1997-04-28", "1997-04-29", null),
            new Entry("BWC", "Biological Weapons Convention",
                    "Convention on the Prohibition of the Development, Production and Stockpiling of "
                            + "Bacteriological (Biological) and Toxin Weapons and on their Destruction",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1972-04-10"), null, "1975-03-26", null),
            new Entry("ATT", "Arms Trade Treaty", "Arms Trade Treaty",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("2013-06-03"), "2014-12-23", "2014-12-24", null),
            new Entry("TPNW", "Treaty on the Prohibition of Nuclear Weapons",
                    "Treaty on the Prohibition of Nuclear Weapons",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("2017-09-20"), null, "2021-01-22", null),
            new Entry("HCOC", "Hague Code of Conduct",
                    "Hague Code of Conduct against Ballistic Missile Proliferation",
                    CODE_OF_CONDUCT, SUBSCRIPTION, day("2002-11-25"), null, "2002-11-25", null),
            new Entry("NSG", "Nuclear Suppliers Group", "Nuclear Suppliers Group",
                    REGIME, MEMBERSHIP, year(1975), null, null, null),
            new Entry("ZANGGER", "Zangger Committee", "Zangger Committee (Nuclear Exporters Committee)",
                    REGIME, MEMBERSHIP, year(1971), null, null, null),
            new Entry("MTCR", "Missile Technology Control Regime", "Missile Technology Control Regime",
                    REGIME, MEMBERSHIP, day("1987-04-16"), null, null, null),
            new Entry("WASSENAAR", "Wassenaar Arrangement",
                    "Wassenaar Arrangement on Export Controls for Conventional Arms and Dual-Use Goods and "
                            + "Technologies",
                    REGIME, MEMBERSHIP, day("1996-07-12"), null, null, null),
            new Entry("AUSTRALIA-GROUP", "Australia Group", "Australia Group",
                    REGIME, MEMBERSHIP, year(1985), null, null, null),
            new Entry("PSI", "Proliferation Security Initiative", "Proliferation Security Initiative",
                    INITIATIVE, MEMBERSHIP, day("2003-05-31"), null, null, null),
            new Entry("UNSCR-1540", "UNSC Resolution 1540", "United Nations Security Council Resolution 1540 (2004)",
                    UN_RESOLUTION, BINDING_ON_ALL, day("2004-04-28"), null, "2004-04-28", null)
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
                e.parent() == null ? null : InstrumentId.of(e.parent()));
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
