package org.armscontrol.tracker.query.profile;

import org.armscontrol.tracker.query.profile.CountryProfile.Section;
import org.armscontrol.tracker.query.profile.CountryProfile.Sentence;
import org.armscontrol.tracker.shared.catalogue.Instrument;
import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.query.CountryHistory;
import org.armscontrol.tracker.shared.query.CountryPosition;
import org.armscontrol.tracker.shared.query.HistoryDetails;
import org.armscontrol.tracker.shared.query.HistoryEntry;
import org.armscontrol.tracker.shared.query.HistoryEntryKind;
import org.armscontrol.tracker.shared.query.InstrumentStatus;
import org.armscontrol.tracker.shared.query.ReservationDetails;
import org.armscontrol.tracker.shared.query.StatementDetails;
import org.armscontrol.tracker.shared.query.VoteDetails;
import org.armscontrol.tracker.shared.participation.ReservationId;
import org.armscontrol.tracker.shared.participation.ReservationKind;
import org.armscontrol.tracker.shared.vote.ResolutionSymbol;
import org.armscontrol.tracker.shared.vote.VoteCast;
import org.armscontrol.tracker.shared.vote.VoteId;
import org.armscontrol.tracker.shared.query.StockpileDeclarationDetails;
import org.armscontrol.tracker.shared.query.StockpileSummary;
import org.armscontrol.tracker.shared.query.TreatyActionDetails;
import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.statement.StatementId;
import org.armscontrol.tracker.shared.stockpile.MunitionCategory;
import org.armscontrol.tracker.shared.stockpile.StockpileStatus;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentences of a profile, written from a position and a timeline built here by hand. */
class ProfileWriterTest {

    private static final CountryCode BLR = CountryCode.of("BLR");
    private static final LocalDate AS_OF = LocalDate.parse("2026-01-01");
    private static final Instant KNOWN_AT = Instant.parse("2026-11-23T10:15:30Z");

    private final List<InstrumentStatus> statuses = new ArrayList<>();
    private final List<HistoryEntry> entries = new ArrayList<>();
    private final List<StockpileSummary> stockpiles = new ArrayList<>();

    @Test
    void aPartyIsSaidWithTheActThatMadeItAndItsEarlierActsEachCitingItsSource() {
        act("CCW", TreatyAction.SIGNED, "1981-04-10", DatePrecision.DAY, "UNTC: signature");
        act("CCW", TreatyAction.RATIFIED, "1982-06-23", DatePrecision.DAY, "UNTC: ratification");
        status("CCW", ParticipationStatus.PARTY, "1982-06-23", DatePrecision.DAY, TreatyAction.RATIFIED);

        CountryProfile profile = write();

        assertThat(texts(section(profile, "CCW"))).containsExactly(
                "Belarus is party to the Convention on Certain Conventional Weapons: it ratified it on 23 June 1982.",
                "It signed the Convention on Certain Conventional Weapons on 10 April 1981.");
        assertThat(section(profile, "CCW").sentences()).extracting(Sentence::footnote).containsExactly(1, 2);
        // Numbered in the order the profile cites them.
        assertThat(profile.footnotes()).extracting(CountryProfile.Footnote::citation)
                .containsExactly("UNTC: ratification", "UNTC: signature");
    }

    @Test
    void aConsentToBeBoundIsSaidInItsOwnWords() {
        act("CCW-P5", TreatyAction.CONSENTED_TO_BE_BOUND, "2008-09-29", DatePrecision.DAY, "UNTC: Protocol V");
        status("CCW-P5", ParticipationStatus.PARTY, "2008-09-29", DatePrecision.DAY, TreatyAction.CONSENTED_TO_BE_BOUND);

        assertThat(texts(section(write(), "CCW-P5"))).first().asString()
                .endsWith(": it consented to be bound by it on 29 September 2008.");
    }

    @Test
    void aMembershipIsAMemberSinceAtThePrecisionTheSourceGives() {
        act("NSG", TreatyAction.JOINED, "2000-01-01", DatePrecision.YEAR, "MFA: member since 2000");
        status("NSG", ParticipationStatus.MEMBER, "2000-01-01", DatePrecision.YEAR, TreatyAction.JOINED);

        Section nsg = section(write(), "NSG");

        assertThat(texts(nsg)).containsExactly("Belarus has been a member of the Nuclear Suppliers Group since 2000.");
        assertThat(nsg.sentences().get(0).footnote()).isEqualTo(1);
        assertThat(nsg.sentences().get(0).text()).doesNotContain("in force");
    }

    @Test
    void aTreatyWithNoActOfTheStateIsNotSignedAndItsStatementsAndStockpilesAreToldUnderIt() {
        statement("2008-10-29", DatePrecision.DAY, List.of("CCM"), "Interview with SCAF", "Minsk", Stance.UNCLEAR,
                "Belarus shared their humanitarian concerns", "is looking for solutions", "CMC report");
        stockpile("BLR:RBK-500", "RBK-500", StockpileStatus.IN_SERVICE, "inherited from the USSR", "2004-01-01",
                "Jane's Air-Launched Weapons");

        Section ccm = section(write(), "CCM");

        assertThat(ccm.title()).isEqualTo("Convention on Cluster Munitions (CCM)");
        assertThat(texts(ccm)).containsExactly(
                "Belarus has not signed the Convention on Cluster Munitions.",
                "On 29 October 2008, at the Interview with SCAF in Minsk, Belarus said (stance: unclear): Belarus "
                        + "shared their humanitarian concerns. In its words: \u201cis looking for solutions\u201d",
                "Belarus holds RBK-500 (cluster munition), in service, as reported in 2004; the quantity is not known. "
                        + "Its origin: inherited from the USSR.");
        assertThat(ccm.sentences()).extracting(Sentence::footnote).containsExactly(null, 1, 2);
    }

    @Test
    void aStockpilesNoteIsToldAfterItsOrigin() {
        stockpile("BLR:RBK-500", "RBK-500", StockpileStatus.IN_SERVICE, "inherited from the USSR", "2004-01-01",
                "Jane's Air-Launched Weapons", "Not known whether these include submunition versions.");

        assertThat(texts(section(write(), "CCM"))).last().isEqualTo("Belarus holds RBK-500 (cluster munition), in "
                + "service, as reported in 2004; the quantity is not known. Its origin: inherited from the USSR. "
                + "Note: Not known whether these include submunition versions.");
    }

    @Test
    void aStatementOnTwoInstrumentsIsToldUnderEachWithOneFootnote() {
        statement("2008-01-17", DatePrecision.DAY, List.of("CCW", "CCW-P5"), "CCW GGE", "Geneva",
                Stance.CONDITIONAL, "Protocol V suffices", null, "Notes by WILPF");

        CountryProfile profile = write();

        assertThat(section(profile, "CCW").sentences().get(1).footnote()).isEqualTo(1);
        assertThat(section(profile, "CCW-P5").sentences().get(1).footnote()).isEqualTo(1);
        assertThat(profile.footnotes()).hasSize(1);
    }

    @Test
    void statementsAreInDateOrderAndARetractedOneIsLeftOut() {
        statement("2008-04-08", DatePrecision.DAY, List.of("CCW"), "Second session", null, Stance.CONDITIONAL,
                "Second", null, "B");
        statement("2007-11-07", DatePrecision.DAY, List.of("CCW"), "Meeting of States Parties", null,
                Stance.SUPPORTS, "First", null, "A");
        entries.add(entry("retracted", HistoryEntryKind.STATEMENT, List.of("CCW"), "2008-02-01", DatePrecision.DAY,
                new StatementDetails(StatementId.random(), "Misattributed", null, null, null, Stance.OPPOSES,
                        "Never said", null, 2, true), "C"));
        entries.sort(java.util.Comparator.comparing(HistoryEntry::date));

        assertThat(texts(section(write(), "CCW"))).containsExactly(
                "Belarus has not signed the Convention on Certain Conventional Weapons.",
                "On 7 November 2007, at the Meeting of States Parties, Belarus said (stance: supports): First.",
                "On 8 April 2008, at the Second session, Belarus said (stance: conditional): Second.");
    }

    @Test
    void aDateKnownOnlyToAMonthIsWrittenAtThatPrecision() {
        statement("2012-05-01", DatePrecision.MONTH, List.of("HCOC"), "Joint statement", null, Stance.SUPPORTS,
                "Subscribed", null, "MFA");

        assertThat(texts(section(write(), "HCOC")).get(1)).startsWith("In May 2012, at the Joint statement");
    }

    @Test
    void aVoteIsToldUnderItsInstrumentWithItsResolution() {
        entries.add(entry("BLR:A_RES_79_56#0", HistoryEntryKind.VOTE, List.of("CCM"), "2024-12-02", DatePrecision.DAY,
                new VoteDetails(VoteId.parse("BLR:A_RES_79_56"), ResolutionSymbol.of("A/RES/79/56"),
                        "Implementation of the Convention on Cluster Munitions", VoteCast.ABSTAIN, 0), "UN Digital Library"));

        assertThat(texts(section(write(), "CCM"))).containsExactly(
                "Belarus has not signed the Convention on Cluster Munitions.",
                "On 2 December 2024, Belarus abstained on General Assembly resolution A/RES/79/56, "
                        + "\u201cImplementation of the Convention on Cluster Munitions\u201d.");
    }

    @Test
    void aDeclarationIsToldWithItsWordsAndItsWithdrawal() {
        act("CCM", TreatyAction.RATIFIED, "2010-05-10", DatePrecision.DAY, "UNTC");
        status("CCM", ParticipationStatus.PARTY, "2010-05-10", DatePrecision.DAY, TreatyAction.RATIFIED);
        entries.add(entry("R1", HistoryEntryKind.RESERVATION, List.of("CCM"), "2010-05-10", DatePrecision.DAY,
                new ReservationDetails(ReservationId.recordedAt(3), ReservationKind.TERRITORIAL_DECLARATION,
                        "Not applicable to the Faroe Islands", TreatyAction.RATIFIED, true, LocalDate.parse("2020-01-01")),
                "UNTC, declarations"));

        assertThat(texts(section(write(), "CCM")).get(1)).isEqualTo("On 10 May 2010, on its ratification, it made a "
                + "territorial declaration on the Convention on Cluster Munitions: \u201cNot applicable to the Faroe "
                + "Islands\u201d. It withdrew it on 1 January 2020.");
    }

    @Test
    void theProfileSaysAsOfWhichDateAndAsKnownAtWhichInstant() {
        assertThat(write().standing()).isEqualTo(
                "Written by the tracker as of 1 January 2026, as known at 2026-11-23T10:15:30Z.");
    }

    private CountryProfile write() {
        CountryPosition position = new CountryPosition(BLR, AS_OF, KNOWN_AT, statuses, List.of(), stockpiles,
                List.of());
        List<Instrument> catalogue = InstrumentCatalogue.all();
        return ProfileWriter.write(position, new CountryHistory(BLR, KNOWN_AT, entries), KNOWN_AT,
                catalogue.stream().map(Instrument::id).toList(),
                id -> InstrumentCatalogue.contains(id.value()) ? InstrumentCatalogue.get(id) : null);
    }

    private void act(String instrument, TreatyAction action, String date, DatePrecision precision, String citation) {
        LocalDate day = LocalDate.parse(date);
        entries.add(entry(instrument + "#" + entries.size(), HistoryEntryKind.TREATY_ACTION, List.of(instrument),
                date, precision, new TreatyActionDetails(action, action.resultingStatus(), day, precision, null, day,
                        precision, day), citation));
    }

    private void status(String instrument, ParticipationStatus status, String since, DatePrecision precision,
                        TreatyAction action) {
        statuses.add(new InstrumentStatus(InstrumentId.of(instrument), status, LocalDate.parse(since), precision,
                action, true, LocalDate.parse(since), null, List.of(), null));
    }

    private void statement(String date, DatePrecision precision, List<String> instruments, String forum,
                           String location, Stance stance, String summary, String quote, String citation) {
        entries.add(entry("S" + entries.size(), HistoryEntryKind.STATEMENT, instruments, date, precision,
                new StatementDetails(StatementId.random(), forum, location, null, null, stance, summary, quote, 0,
                        false), citation));
    }

    private void stockpile(String id, String weaponSystem, StockpileStatus status, String origin, String date,
                           String citation) {
        stockpile(id, weaponSystem, status, origin, date, citation, null);
    }

    private void stockpile(String id, String weaponSystem, StockpileStatus status, String origin, String date,
                           String citation, String note) {
        LocalDate day = LocalDate.parse(date);
        entries.add(entry(id + "#0", HistoryEntryKind.STOCKPILE_DECLARATION, List.of("CCM"), date, DatePrecision.YEAR,
                new StockpileDeclarationDetails(id, weaponSystem, MunitionCategory.CLUSTER_MUNITION, null, status,
                        origin, note), citation));
        stockpiles.add(new StockpileSummary(id, weaponSystem, MunitionCategory.CLUSTER_MUNITION, status, null, null,
                null, origin, day, DatePrecision.YEAR, day, note));
    }

    private static HistoryEntry entry(String id, HistoryEntryKind kind, List<String> instruments, String date,
                                      DatePrecision precision, HistoryDetails details, String citation) {
        return new HistoryEntry(id, kind, instruments.stream().map(InstrumentId::of).toList(), LocalDate.parse(date),
                precision, details, Source.of(citation), KNOWN_AT, "alice", List.of());
    }

    private static Section section(CountryProfile profile, String instrument) {
        return profile.sections().stream().filter(s -> instrument.equals(s.instrument())).findFirst().orElseThrow();
    }

    private static List<String> texts(Section section) {
        return section.sentences().stream().map(Sentence::text).toList();
    }
}
