package org.armscontrol.tracker.shared.catalogue;

import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.ValidDate;

import org.armscontrol.tracker.shared.catalogue.EntryIntoForceRule.EarlyDeposit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.armscontrol.tracker.shared.catalogue.InstrumentKind.AMENDMENT;
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
 * <p>
 * These entries are the seed: admins register further instruments, and amend any, through the API; their events
 * feed {@link #register}, which every look-up here consults.
 */
public final class InstrumentCatalogue {

    private record Entry(String id, String shortName, String name, InstrumentKind kind, JoiningProcedure joining,
                         ValidDate openedOn, String signatureOpenUntil, String entryIntoForce, String parent,
                         Depositary depositary, FinalClauses clauses) {
    }

    /** Who keeps the record, and the reference of its status table there. */
    private record Depositary(String name, String reference) {
    }

    private static final String UN_SG = "Secretary-General of the United Nations";
    private static final Depositary NONE = new Depositary(null, null);
    private static final Depositary THREE_GOVERNMENTS = new Depositary(
            "Governments of the Russian Federation, the United Kingdom and the United States", null);
    // The CCW's original protocols have no table of their own: the CCW's table notes the consents to them.
    private static final Depositary IN_CCW_TABLE = new Depositary(UN_SG, null);

    private static Depositary untc(String reference) {
        return new Depositary(UN_SG, reference);
    }

    // "After the deposit of the n-th instrument": the state's own date, or the instrument's entry into force if later.
    private static final EarlyDeposit FROM_THRESHOLD = EarlyDeposit.LATER_OF_THE_TWO;
    // "Subsequent to the entry into force": any earlier deposit takes effect on the entry into force.
    private static final EarlyDeposit AFTER_IN_FORCE = EarlyDeposit.AT_ENTRY_INTO_FORCE;
    private static final FinalClauses JOINED = FinalClauses.ofMembership();
    // The CCM and the Mine Ban Treaty share their final clauses: consent Art. 15-16, in force for a state on the
    // first day of the sixth month after its deposit (Art. 17(2)), provisional application at consent (Art. 18),
    // withdrawal six months after notification (Art. 20).
    private static final FinalClauses OSLO_AND_OTTAWA = FinalClauses.of("Art. 15-16",
                    EntryIntoForceRule.firstDayOfMonthAfter(6, FROM_THRESHOLD), "Art. 20", Delay.months(6))
            .withProvisionalApplication(ProvisionalApplication.AT_CONSENT, "Art. 18");
    // The CCW's protocols and its amendment: consent notified under CCW Art. 4(3)-(4) and 8, in force six months
    // after it (Art. 5(3)-(4)), withdrawal under Art. 9.
    private static final FinalClauses CCW_ANNEX = FinalClauses.of("(CCW Art. 4, 8)",
            EntryIntoForceRule.after(Delay.months(6), FROM_THRESHOLD), "(CCW Art. 9)", Delay.years(1));

    // Each treaty's clauses cite the articles on consent, entry into force for a state, withdrawal and provisional
    // application. Order matters: ENTRIES and IDS must exist before INSTRUMENTS creates InstrumentIds, which look IDS
    // up.
    private static final List<Entry> ENTRIES = List.of(
            new Entry("CCM", "Convention on Cluster Munitions", "Convention on Cluster Munitions",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("2008-12-03"), "2010-07-31", "2010-08-01", null,
                    untc("XXVI-6"),
                    OSLO_AND_OTTAWA),
            new Entry("CCW", "Convention on Certain Conventional Weapons",
                    "Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which "
                            + "May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1981-04-10"), "1982-04-09", "1983-12-02", null,
                    untc("XXVI-2"),
                    FinalClauses.of("Art. 3-4", EntryIntoForceRule.after(Delay.months(6), FROM_THRESHOLD),
                            "Art. 9", Delay.years(1)).withAcceptanceWithoutSignature()),
            new Entry("CCW-P1", "CCW Protocol I", "Protocol on Non-Detectable Fragments (Protocol I to the CCW)",
                    PROTOCOL, CONSENT_TO_BE_BOUND, day("1980-10-10"), null, "1983-12-02", "CCW",
                    IN_CCW_TABLE, CCW_ANNEX),
            new Entry("CCW-P2", "CCW Protocol II",
                    "Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices "
                            + "(Protocol II to the CCW)",
                    PROTOCOL, CONSENT_TO_BE_BOUND, day("1980-10-10"), null, "1983-12-02", "CCW",
                    IN_CCW_TABLE, CCW_ANNEX),
            new Entry("CCW-P3", "CCW Protocol III",
                    "Protocol on Prohibitions or Restrictions on the Use of Incendiary Weapons (Protocol III to the "
                            + "CCW)",
                    PROTOCOL, CONSENT_TO_BE_BOUND, day("1980-10-10"), null, "1983-12-02", "CCW",
                    IN_CCW_TABLE, CCW_ANNEX),
            new Entry("CCW-P4", "CCW Protocol IV", "Protocol on Blinding Laser Weapons (Protocol IV to the CCW)",
                    PROTOCOL, CONSENT_TO_BE_BOUND, day("1995-10-13"), null, "1998-07-30", "CCW",
                    untc("XXVI-2-a"), CCW_ANNEX),
            new Entry("CCW-AP2", "CCW Amended Protocol II",
                    "Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices as "
                            + "amended on 3 May 1996 (Amended Protocol II to the CCW)",
                    PROTOCOL, CONSENT_TO_BE_BOUND, day("1996-05-03"), null, "1998-12-03", "CCW",
                    untc("XXVI-2-b"), CCW_ANNEX),
            new Entry("CCW-ART1", "CCW article 1 amendment",
                    "Amendment of article 1 of the CCW (extending it to non-international armed conflicts)",
                    AMENDMENT, CONSENT_TO_BE_BOUND, day("2001-12-21"), null, "2004-05-18", "CCW",
                    untc("XXVI-2-c"), CCW_ANNEX),
            new Entry("CCW-P5", "CCW Protocol V", "Protocol on Explosive Remnants of War (Protocol V to the CCW)",
                    PROTOCOL, CONSENT_TO_BE_BOUND, day("2003-11-28"), null, "2006-11-12", "CCW",
                    untc("XXVI-2-d"), CCW_ANNEX),
            new Entry("APMBT", "Mine Ban Treaty",
                    "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of "
                            + "Anti-Personnel Mines and on their Destruction",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1997-12-03"), "1999-02-28", "1999-03-01", null,
                    untc("XXVI-5"),
                    OSLO_AND_OTTAWA),
            new Entry("NPT", "Non-Proliferation Treaty", "Treaty on the Non-Proliferation of Nuclear Weapons",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1968-07-01"), null, "1970-03-05", null,
                    THREE_GOVERNMENTS,
                    FinalClauses.of("Art. IX", EntryIntoForceRule.onDeposit(), "Art. X", Delay.months(3))),
            new Entry("CTBT", "Comprehensive Nuclear-Test-Ban Treaty", "Comprehensive Nuclear-Test-Ban Treaty",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1996-09-24"), null, null, null, untc("XXVI-4"),
                    FinalClauses.of("Art. XI-XIII", EntryIntoForceRule.after(Delay.days(30), AFTER_IN_FORCE),
                            "Art. IX", Delay.months(6))),
            new Entry("CWC", "Chemical Weapons Convention",
                    "Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical "
                            + "Weapons and on their Destruction",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1993-01-13"), "1997-04-28", "1997-04-29", null,
                    untc("XXVI-3"),
                    FinalClauses.of("Art. XVIII-XX", EntryIntoForceRule.after(Delay.days(30), AFTER_IN_FORCE),
                            "Art. XVI", Delay.days(90)).withAcceptanceWithoutSignature()),
            new Entry("BWC", "Biological Weapons Convention",
                    "Convention on the Prohibition of the Development, Production and Stockpiling of "
                            + "Bacteriological (Biological) and Toxin Weapons and on their Destruction",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1972-04-10"), null, "1975-03-26", null,
                    THREE_GOVERNMENTS,
                    FinalClauses.of("Art. XIV", EntryIntoForceRule.onDeposit(), "Art. XIII", Delay.months(3))),
            new Entry("ATT", "Arms Trade Treaty", "Arms Trade Treaty",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("2013-06-03"), "2014-12-23", "2014-12-24", null,
                    untc("XXVI-8"),
                    FinalClauses.of("Art. 21", EntryIntoForceRule.after(Delay.days(90), AFTER_IN_FORCE),
                                    "Art. 24", Delay.days(90))
                            .withProvisionalApplication(ProvisionalApplication.AT_SIGNATURE_OR_CONSENT, "Art. 23")),
            new Entry("TPNW", "Treaty on the Prohibition of Nuclear Weapons",
                    "Treaty on the Prohibition of Nuclear Weapons",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("2017-09-20"), null, "2021-01-22", null,
                    untc("XXVI-9"),
                    FinalClauses.of("Art. 13-14", EntryIntoForceRule.after(Delay.days(90), FROM_THRESHOLD),
                            "Art. 17", Delay.months(12))),
            new Entry("ENMOD", "ENMOD Convention",
                    "Convention on the Prohibition of Military or Any Other Hostile Use of Environmental "
                            + "Modification Techniques",
                    // Art. IX(1): a state that did not sign before the entry into force accedes; IX(4): in force on
                    // deposit. The Convention has no withdrawal clause.
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1977-05-18"), "1978-10-04", "1978-10-05", null,
                    untc("XXVI-1"), FinalClauses.of("Art. IX", EntryIntoForceRule.onDeposit(), null, null)),
            new Entry("KINSHASA", "Kinshasa Convention",
                    "Central African Convention for the Control of Small Arms and Light Weapons, Their Ammunition "
                            + "and All Parts and Components That Can Be Used for Their Manufacture, Repair and "
                            + "Assembly",
                    // In force on the thirtieth day after the sixth instrument (8 March 2017); its withdrawal
                    // clause is not yet in the catalogue.
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("2010-11-19"), null, "2017-03-08", null,
                    untc("XXVI-7"),
                    FinalClauses.of("Art. 35-36", EntryIntoForceRule.after(Delay.days(30), FROM_THRESHOLD), null,
                            null)),
            // Treaties of the other depositaries (the Governments of the Russian Federation, as successor of
            // the Soviet Union, the United Kingdom and the United States): open for signature until their entry
            // into force, then for accession; in force for a later state on deposit.
            new Entry("PTBT", "Partial Test Ban Treaty",
                    "Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and under Water",
                    // Done at Moscow and signed there by the three original parties on 5 August 1963 (open to the
                    // other states from 8 August); Art. III: signature until the entry into force (10 October
                    // 1963, the original parties' ratifications), accession after; Art. IV: three months' notice.
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1963-08-05"), "1963-10-09", "1963-10-10", null,
                    THREE_GOVERNMENTS,
                    FinalClauses.of("Art. III", EntryIntoForceRule.onDeposit(), "Art. IV", Delay.months(3))),
            new Entry("OUTER-SPACE", "Outer Space Treaty",
                    "Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer "
                            + "Space, including the Moon and Other Celestial Bodies",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1967-01-27"), "1967-10-09", "1967-10-10", null,
                    THREE_GOVERNMENTS,
                    FinalClauses.of("Art. XIV", EntryIntoForceRule.onDeposit(), "Art. XVI", Delay.years(1))),
            new Entry("SEABED", "Seabed Arms Control Treaty",
                    "Treaty on the Prohibition of the Emplacement of Nuclear Weapons and Other Weapons of Mass "
                            + "Destruction on the Sea-Bed and the Ocean Floor and in the Subsoil Thereof",
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1971-02-11"), "1972-05-17", "1972-05-18", null,
                    THREE_GOVERNMENTS,
                    FinalClauses.of("Art. X", EntryIntoForceRule.onDeposit(), "Art. VIII", Delay.months(3))),
            // The regional nuclear-weapon-free-zone treaties (their protocols for the nuclear-weapon states are
            // not in the catalogue). Each is open for signature to the states of its zone with no closing date and
            // in force for a later state on deposit. Not modelled: that Tlatelolco, Rarotonga, Pelindaba and
            // Semipalatinsk provide for no accession (the transition table lets any state accede), nor Tlatelolco's
            // waiver (Art. 28(2)): a ratification without it is in force only once Art. 28(1)'s requirements are met.
            new Entry("TLATELOLCO", "Treaty of Tlatelolco",
                    "Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean",
                    // Original numbering (UNTS No. 9068; OPANAL's consolidated text of the amendments shifts some):
                    // Art. 25 signature, open indefinitely; 26 ratification; 28 entry into force for each state on
                    // deposit of its ratification with the waiver. 22 April 1968, the first day it was in force
                    // (between Mexico and El Salvador), is from secondary sources: uncertain. Art. 30: denunciation
                    // three months after the notification reaches the Secretary-General of OPANAL.
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1967-02-14"), null, "1968-04-22", null,
                    new Depositary("Government of Mexico", null),
                    FinalClauses.of("Art. 25-28", EntryIntoForceRule.onDeposit(), "Art. 30", Delay.months(3))),
            new Entry("RAROTONGA", "Treaty of Rarotonga", "South Pacific Nuclear Free Zone Treaty",
                    // Opened at Rarotonga on 6 August 1985 to the members of the South Pacific Forum; in force on
                    // the deposit of the eighth ratification (11 December 1986), for a later signatory on its
                    // deposit (Art. 15); withdrawal on twelve months' notice to the depositary (Art. 13). Article
                    // numbers from the text as remembered, not checked against the depositary's copy.
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1985-08-06"), null, "1986-12-11", null,
                    new Depositary("Secretary General of the Pacific Islands Forum Secretariat", null),
                    FinalClauses.of("Art. 12, 15", EntryIntoForceRule.onDeposit(), "Art. 13", Delay.years(1))),
            new Entry("BANGKOK", "Treaty of Bangkok", "Treaty on the Southeast Asia Nuclear Weapon-Free Zone",
                    // Signed at Bangkok on 15 December 1995; Art. 16: in force on the deposit of the seventh
                    // instrument of ratification or accession (27 March 1997, the depositary's date; some sources
                    // say 28 March), for a later state on its deposit; Art. 15: signature, ratification,
                    // accession; Art. 22: withdrawal on twelve months' notice.
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1995-12-15"), null, "1997-03-27", null,
                    new Depositary("Government of Thailand", null),
                    FinalClauses.of("Art. 15-16", EntryIntoForceRule.onDeposit(), "Art. 22", Delay.years(1))),
            new Entry("PELINDABA", "Treaty of Pelindaba", "African Nuclear-Weapon-Free Zone Treaty",
                    // Signed at Cairo on 11 April 1996; Art. 18: in force on the deposit of the twenty-eighth
                    // ratification (Burundi's, 15 July 2009), for a later signatory on its deposit; Art. 20:
                    // withdrawal on twelve months' notice to the depositary, the OAU's Secretary-General (Art. 21),
                    // whose functions the Chairperson of the African Union Commission now exercises.
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("1996-04-11"), null, "2009-07-15", null,
                    new Depositary("Chairperson of the African Union Commission", null),
                    FinalClauses.of("Art. 18", EntryIntoForceRule.onDeposit(), "Art. 20", Delay.years(1))),
            new Entry("SEMIPALATINSK", "Treaty of Semipalatinsk",
                    "Treaty on a Nuclear-Weapon-Free Zone in Central Asia",
                    // Signed at Semipalatinsk on 8 September 2006 by the five states of the zone and closed to
                    // others; in force thirty days after the fifth ratification (21 March 2009); withdrawal on
                    // twelve months' notice. The article numbers are uncertain (not checked against the text).
                    TREATY, SIGNATURE_THEN_RATIFICATION, day("2006-09-08"), null, "2009-03-21", null,
                    new Depositary("Government of the Kyrgyz Republic", null),
                    FinalClauses.of("Art. 14-15", EntryIntoForceRule.after(Delay.days(30), FROM_THRESHOLD),
                            "Art. 15", Delay.years(1))),
            new Entry("HCOC", "Hague Code of Conduct",
                    "Hague Code of Conduct against Ballistic Missile Proliferation",
                    CODE_OF_CONDUCT, SUBSCRIPTION, day("2002-11-25"), null, "2002-11-25", null, NONE, JOINED),
            new Entry("NSG", "Nuclear Suppliers Group", "Nuclear Suppliers Group",
                    REGIME, MEMBERSHIP, year(1975), null, null, null, NONE, JOINED),
            new Entry("ZANGGER", "Zangger Committee", "Zangger Committee (Nuclear Exporters Committee)",
                    REGIME, MEMBERSHIP, year(1971), null, null, null, NONE, JOINED),
            new Entry("MTCR", "Missile Technology Control Regime", "Missile Technology Control Regime",
                    REGIME, MEMBERSHIP, day("1987-04-16"), null, null, null, NONE, JOINED),
            new Entry("WASSENAAR", "Wassenaar Arrangement",
                    "Wassenaar Arrangement on Export Controls for Conventional Arms and Dual-Use Goods and "
                            + "Technologies",
                    REGIME, MEMBERSHIP, day("1996-07-12"), null, null, null, NONE, JOINED),
            new Entry("AUSTRALIA-GROUP", "Australia Group", "Australia Group",
                    REGIME, MEMBERSHIP, year(1985), null, null, null, NONE, JOINED),
            new Entry("PSI", "Proliferation Security Initiative", "Proliferation Security Initiative",
                    INITIATIVE, MEMBERSHIP, day("2003-05-31"), null, null, null, NONE, JOINED),
            new Entry("UNSCR-1540", "UNSC Resolution 1540", "United Nations Security Council Resolution 1540 (2004)",
                    UN_RESOLUTION, BINDING_ON_ALL, day("2004-04-28"), null, "2004-04-28", null, NONE,
                    new FinalClauses(null, EntryIntoForceRule.forAll(), null, null,
                            ProvisionalApplication.NOT_PROVIDED, null, false, false))
    );

    private static final Set<String> IDS = ENTRIES.stream().map(Entry::id)
            .collect(Collectors.toUnmodifiableSet());

    private static final Map<InstrumentId, Instrument> INSTRUMENTS = ENTRIES.stream()
            .map(InstrumentCatalogue::toInstrument)
            .collect(Collectors.toMap(Instrument::id, i -> i, (a, b) -> a, LinkedHashMap::new));

    private InstrumentCatalogue() {
    }

    // Instruments registered or amended at run time, fed from their events (InstrumentRegistered,
    // InstrumentAmended) on each side; consulted before the seed so that an amendment of a seed instrument wins.
    // Copy-on-write: reads, on every command and query, take no lock.
    private static volatile Set<String> registeredIds = Set.of();
    // Every version known of each registered or amended instrument, by the version (the event's sequence number in
    // the instrument's record): reads as known at an instant take the definition then in force, the rest the latest.
    // Two feeds in one process may deliver an older version after a newer one, which must not win.
    private static volatile Map<String, NavigableMap<Long, KnownDefinition>> registered = Map.of();

    /** A definition of an instrument, as recorded at an instant. */
    private record KnownDefinition(Instant recordedAt, Instrument instrument) {
    }

    public static boolean contains(String id) {
        return IDS.contains(id) || registeredIds.contains(id);
    }

    /** Whether the static seed catalogue has this id (a registration under it is refused). */
    public static boolean isSeed(String id) {
        return IDS.contains(id);
    }

    public static Instrument get(InstrumentId id) {
        NavigableMap<Long, KnownDefinition> versions = registered.get(id.value());
        return versions != null ? versions.lastEntry().getValue().instrument() : INSTRUMENTS.get(id);
    }

    /**
     * The instrument as the tracker defined it at {@code knownAt} (null: now): the latest definition recorded by
     * then, else the seed. An instrument registered after that instant has nothing recorded on it by then: its
     * first definition is given.
     */
    public static Instrument asKnownAt(InstrumentId id, Instant knownAt) {
        NavigableMap<Long, KnownDefinition> versions = registered.get(id.value());
        if (versions == null || knownAt == null) {
            return get(id);
        }
        return versions.descendingMap().values().stream()
                .filter(known -> !known.recordedAt().isAfter(knownAt))
                .map(KnownDefinition::instrument)
                .findFirst()
                .orElseGet(() -> IDS.contains(id.value()) ? INSTRUMENTS.get(id)
                        : versions.firstEntry().getValue().instrument());
    }

    /** Every instrument: the seed in catalogue order (as amended), then the registered ones in order of registration. */
    public static List<Instrument> all() {
        return allAsKnownAt(null);
    }

    /**
     * The catalogue as the tracker held it at {@code knownAt} (null: now): each instrument as then defined, without
     * those registered later.
     */
    public static List<Instrument> allAsKnownAt(Instant knownAt) {
        Map<String, NavigableMap<Long, KnownDefinition>> runtime = registered;
        List<Instrument> all = new ArrayList<>();
        INSTRUMENTS.values().forEach(seed -> all.add(asKnownAt(seed.id(), knownAt)));
        runtime.entrySet().stream()
                .filter(entry -> !IDS.contains(entry.getKey()))
                .filter(entry -> knownAt == null
                        || !entry.getValue().firstEntry().getValue().recordedAt().isAfter(knownAt))
                .forEach(entry -> all.add(asKnownAt(InstrumentId.of(entry.getKey()), knownAt)));
        return List.copyOf(all);
    }

    /** Whether the instrument was in the catalogue at {@code knownAt} (null: now). */
    public static boolean containedAt(String id, Instant knownAt) {
        if (IDS.contains(id) || knownAt == null) {
            return contains(id);
        }
        NavigableMap<Long, KnownDefinition> versions = registered.get(id);
        return versions != null && !versions.firstEntry().getValue().recordedAt().isAfter(knownAt);
    }

    /** Every id, in the order of {@link #all()}. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>(ENTRIES.stream().map(Entry::id).toList());
        registered.keySet().stream().filter(id -> !IDS.contains(id)).forEach(ids::add);
        return List.copyOf(ids);
    }

    /** {@link #register(InstrumentDefinition, long, Instant)} of a definition known from the beginning. */
    public static void register(InstrumentDefinition definition, long version) {
        register(definition, version, Instant.MIN);
    }

    /**
     * Registers an instrument, or a new definition of it (an amendment, also of a seed instrument), from the event
     * of {@code version} in the instrument's record, recorded at {@code recordedAt}, once it is stored. A version
     * already known changes nothing, and an older one only the past, so that both sides in one process may feed it,
     * in any order.
     */
    public static synchronized void register(InstrumentDefinition definition, long version, Instant recordedAt) {
        NavigableMap<Long, KnownDefinition> known = registered.get(definition.id());
        if (known != null && known.containsKey(version)) {
            return;
        }
        Set<String> before = registeredIds;
        // The id must be known before the entry's InstrumentId (and a parent naming it) can be made.
        Set<String> ids = new LinkedHashSet<>(before);
        ids.add(definition.id());
        registeredIds = Set.copyOf(ids);
        try {
            NavigableMap<Long, KnownDefinition> versions = known == null ? new TreeMap<>() : new TreeMap<>(known);
            versions.put(version, new KnownDefinition(recordedAt, definition.toInstrument()));
            Map<String, NavigableMap<Long, KnownDefinition>> copy = new LinkedHashMap<>(registered);
            copy.put(definition.id(), Collections.unmodifiableNavigableMap(versions));
            registered = Collections.unmodifiableMap(copy);
        } catch (RuntimeException e) {
            registeredIds = before;
            throw e;
        }
    }

    private static Instrument toInstrument(Entry e) {
        return new Instrument(InstrumentId.of(e.id()), e.shortName(), e.name(), e.kind(), e.joining(), e.openedOn(),
                date(e.signatureOpenUntil()), date(e.entryIntoForce()),
                e.parent() == null ? null : InstrumentId.of(e.parent()), e.depositary().name(),
                e.depositary().reference(), e.clauses());
    }

    /** The instrument whose status table the depositary numbers so ("XXVI-6"), if the catalogue has it. */
    public static java.util.Optional<Instrument> byDepositaryReference(String reference) {
        return all().stream()
                .filter(instrument -> reference.equals(instrument.depositaryReference()))
                .findFirst();
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
