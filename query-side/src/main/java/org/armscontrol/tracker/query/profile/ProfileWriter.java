package org.armscontrol.tracker.query.profile;

import org.armscontrol.tracker.query.profile.CountryProfile.Footnote;
import org.armscontrol.tracker.query.profile.CountryProfile.Section;
import org.armscontrol.tracker.query.profile.CountryProfile.Sentence;
import org.armscontrol.tracker.shared.catalogue.Instrument;
import org.armscontrol.tracker.shared.catalogue.JoiningProcedure;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.query.CountryHistory;
import org.armscontrol.tracker.shared.query.CountryPosition;
import org.armscontrol.tracker.shared.query.HistoryEntry;
import org.armscontrol.tracker.shared.query.InstrumentStatus;
import org.armscontrol.tracker.shared.query.ReservationDetails;
import org.armscontrol.tracker.shared.query.StatementDetails;
import org.armscontrol.tracker.shared.query.StockpileDeclarationDetails;
import org.armscontrol.tracker.shared.query.StockpileSummary;
import org.armscontrol.tracker.shared.query.TreatyActionDetails;
import org.armscontrol.tracker.shared.query.VoteDetails;
import org.armscontrol.tracker.shared.value.InstrumentId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Writes a country's profile from its position on a date and its timeline up to that date: per instrument, in the
 * catalogue's order, its status and the acts that made it, its reservations and declarations, its statements in date order, its stockpiles of the
 * weapons the instrument bans or restricts, and its votes; each sentence cites the fact it tells. A statement about
 * several instruments is told under each of them and cites one footnote; the same source is one footnote wherever
 * it is cited. A stockpile of a kind no instrument concerns gets a section of its own.
 */
final class ProfileWriter {

    static final String OTHER_STOCKPILES = "Other stockpiles";

    private final CountryPosition position;
    private final CountryHistory history;
    private final Function<InstrumentId, Instrument> catalogue;
    private final Map<String, Footnote> footnotes = new LinkedHashMap<>();
    private final String country;

    private ProfileWriter(CountryPosition position, CountryHistory history,
                          Function<InstrumentId, Instrument> catalogue) {
        this.position = position;
        this.history = history;
        this.catalogue = catalogue;
        this.country = position.countryName();
    }

    /**
     * @param position  the country's position on the profile's date, as known at {@code knownAt}
     * @param history   its timeline up to that date, as known at the same instant
     * @param order     the instruments in the order the profile tells them (the catalogue's)
     * @param catalogue each instrument's definition as then known (null when not in the catalogue)
     */
    static CountryProfile write(CountryPosition position, CountryHistory history, Instant knownAt,
                                List<InstrumentId> order, Function<InstrumentId, Instrument> catalogue) {
        return new ProfileWriter(position, history, catalogue).write(knownAt, order);
    }

    private CountryProfile write(Instant knownAt, List<InstrumentId> order) {
        Set<InstrumentId> concerned = new LinkedHashSet<>();
        position.instruments().forEach(status -> concerned.add(status.instrument()));
        position.votes().forEach(votes -> concerned.add(votes.instrument()));
        position.stockpiles().forEach(stockpile -> concerned.addAll(stockpile.category().instruments()));
        entries().filter(entry -> !(entry.details() instanceof StatementDetails s && s.retracted()))
                .forEach(entry -> concerned.addAll(entry.instruments()));
        List<InstrumentId> sorted = concerned.stream()
                .sorted(Comparator.comparingInt((InstrumentId id) -> order.contains(id) ? order.indexOf(id)
                        : Integer.MAX_VALUE).thenComparing(InstrumentId::value))
                .toList();
        List<Section> sections = new ArrayList<>();
        for (InstrumentId instrument : sorted) {
            sections.add(new Section(instrument.value(), title(instrument), sentencesOn(instrument)));
        }
        List<Sentence> other = position.stockpiles().stream()
                .filter(stockpile -> stockpile.category().instruments().isEmpty())
                .map(this::stockpile).toList();
        if (!other.isEmpty()) {
            sections.add(new Section(null, OTHER_STOCKPILES, other));
        }
        if (sections.isEmpty()) {
            sections.add(new Section(null, "No record",
                    List.of(new Sentence("The tracker holds no record of " + country
                            + " up to this date, as known at this instant.", null))));
        }
        return new CountryProfile(position.country(), position.asOf(), knownAt, sections,
                List.copyOf(footnotes.values()));
    }

    private Stream<HistoryEntry> entries() {
        return history.entries().stream().filter(entry -> !entry.date().isAfter(position.asOf()));
    }

    private List<Sentence> sentencesOn(InstrumentId instrument) {
        List<Sentence> sentences = new ArrayList<>();
        InstrumentStatus status = position.instruments().stream()
                .filter(s -> s.instrument().equals(instrument)).findFirst().orElse(null);
        List<HistoryEntry> acts = entries()
                .filter(entry -> entry.details() instanceof TreatyActionDetails && entry.instruments().contains(instrument))
                .toList();
        HistoryEntry deciding = status == null || status.status() == ParticipationStatus.NONE ? null
                : acts.stream().filter(entry -> decides(entry, status)).reduce((first, second) -> second).orElse(null);
        sentences.add(new Sentence(statusSentence(instrument, status), deciding == null ? null : cite(deciding)));
        for (HistoryEntry act : acts) {
            if (act != deciding) {
                sentences.add(new Sentence(actSentence(instrument, act), cite(act)));
            }
        }
        entries().filter(entry -> entry.details() instanceof ReservationDetails && entry.instruments().contains(instrument))
                .forEach(entry -> sentences.add(new Sentence(reservationSentence(instrument, entry), cite(entry))));
        entries().filter(entry -> entry.details() instanceof StatementDetails s && !s.retracted()
                        && entry.instruments().contains(instrument))
                .forEach(entry -> sentences.add(new Sentence(statementSentence(entry), cite(entry))));
        position.stockpiles().stream()
                .filter(stockpile -> stockpile.category().instruments().contains(instrument))
                .forEach(stockpile -> sentences.add(stockpile(stockpile)));
        entries().filter(entry -> entry.details() instanceof VoteDetails && entry.instruments().contains(instrument))
                .forEach(entry -> sentences.add(new Sentence(voteSentence(entry), cite(entry))));
        return sentences;
    }

    private static boolean decides(HistoryEntry entry, InstrumentStatus status) {
        TreatyActionDetails details = (TreatyActionDetails) entry.details();
        LocalDate effective = details.effectiveDate() == null ? entry.date() : details.effectiveDate();
        return details.action() == status.action() && Objects.equals(effective, status.since());
    }

    private String title(InstrumentId id) {
        Instrument instrument = catalogue.apply(id);
        return instrument == null ? id.value() : instrument.name() + " (" + id.value() + ")";
    }

    /** "the Convention on Cluster Munitions": the instrument's short name as prose (the title has its full name). */
    private String the(InstrumentId id) {
        Instrument instrument = catalogue.apply(id);
        return instrument == null ? id.value() : "the " + instrument.shortName();
    }

    private String statusSentence(InstrumentId id, InstrumentStatus status) {
        String name = the(id);
        ParticipationStatus now = status == null ? ParticipationStatus.NONE : status.status();
        String since = now == ParticipationStatus.NONE ? null : ProseDates.of(status.since(), status.sincePrecision());
        String when = now == ParticipationStatus.NONE ? null : ProseDates.when(status.since(), status.sincePrecision());
        return switch (now) {
            case NONE -> notJoined(id, name);
            case SIGNATORY -> country + " signed " + name + " " + when + " and is not party to it.";
            case PROVISIONALLY_APPLYING -> country + " has applied " + name + " provisionally since " + since + ".";
            case PARTY -> country + " is party to " + name + ": it " + verb(status.action()) + " " + object(status.action(), "it") + " "
                    + when + "."
                    + (status.inForce() || status.entersIntoForce() == null ? ""
                    : " It enters into force for " + country + " on " + ProseDates.day(status.entersIntoForce()) + ".");
            case WITHDRAWN -> status.action() == TreatyAction.LEFT
                    ? country + " left " + name + " " + when + "."
                    : country + " withdrew from " + name + ", with effect " + when + ".";
            case MEMBER -> country + " has been a member of " + name + " since " + since + ".";
            case ADHERENT -> country + " has subscribed to " + name + " since " + since + ".";
            case NOT_BECOMING_PARTY -> country + " declared " + when + " that it does not intend to become party to "
                    + name + ".";
            case SUSPENDED -> country + " suspended the operation of " + name + " " + when + ".";
        };
    }

    /** The status of a state with no act on the instrument, said as the instrument's way of joining has it. */
    private String notJoined(InstrumentId id, String name) {
        Instrument instrument = catalogue.apply(id);
        JoiningProcedure joining = instrument == null ? JoiningProcedure.CONSENT_TO_BE_BOUND : instrument.joining();
        return switch (joining) {
            case SIGNATURE_THEN_RATIFICATION -> country + " has not signed " + name + ".";
            case CONSENT_TO_BE_BOUND -> country + " is not party to " + name + ".";
            case MEMBERSHIP -> country + " is not a member of " + name + ".";
            case SUBSCRIPTION -> country + " has not subscribed to " + name + ".";
            case BINDING_ON_ALL -> capitalised(name) + " binds every member of the United Nations, " + country
                    + " included.";
        };
    }

    private String actSentence(InstrumentId id, HistoryEntry entry) {
        TreatyActionDetails details = (TreatyActionDetails) entry.details();
        String sentence = "It " + verb(details.action()) + " " + object(details.action(), the(id)) + " "
                + ProseDates.when(entry.date(), entry.datePrecision());
        if (details.effectiveDate() != null && !details.effectiveDate().equals(entry.date())) {
            sentence += ", with effect " + ProseDates.when(details.effectiveDate(), details.effectivePrecision());
        }
        return sentence + ".";
    }

    private static String object(TreatyAction action, String name) {
        return switch (action) {
            case WITHDREW -> "from " + name;
            case ADHERED -> "to " + name;
            case CONSENTED_TO_BE_BOUND -> "by " + name;
            default -> name;
        };
    }

    /** The act in the past tense, as prose: "ratified", "consented to be bound by". */
    static String verb(TreatyAction action) {
        if (action == null) {
            return "joined";
        }
        return switch (action) {
            case SIGNED -> "signed";
            case RATIFIED -> "ratified";
            case ACCEPTED -> "accepted";
            case APPROVED -> "approved";
            case ACCEDED -> "acceded to";
            case SUCCEEDED -> "succeeded to";
            case WITHDREW -> "withdrew";
            case JOINED -> "joined";
            case LEFT -> "left";
            case ADHERED -> "subscribed";
            case PROVISIONALLY_APPLIED -> "began to apply provisionally";
            case FORMALLY_CONFIRMED -> "formally confirmed";
            case CONSENTED_TO_BE_BOUND -> "consented to be bound";
            case SUCCEEDED_TO_SIGNATURE -> "succeeded to the signature of";
            case REVOKED_CONSENT -> "revoked its consent to";
            case DECLARED_NOT_TO_BECOME_PARTY -> "declared it would not become party to";
            case SUSPENDED -> "suspended";
        };
    }

    /** A reservation or declaration, with its words; one withdrawn by the profile's date says since when. */
    private String reservationSentence(InstrumentId id, HistoryEntry entry) {
        ReservationDetails details = (ReservationDetails) entry.details();
        String kind = words(details.kind().name());
        StringBuilder sentence = new StringBuilder(capitalised(ProseDates.when(entry.date(), entry.datePrecision())))
                .append(", ");
        if (details.madeWith() != null) {
            sentence.append("on its ").append(noun(details.madeWith())).append(", ");
        }
        sentence.append("it made ").append(kind.startsWith("i") ? "an " : "a ").append(kind).append(" on ")
                .append(the(id));
        if (details.text() != null && !details.text().isBlank()) {
            sentence.append(": \u201c").append(details.text().strip()).append("\u201d");
        }
        sentence.append('.');
        if (details.withdrawn() && details.withdrawnOn() != null && !details.withdrawnOn().isAfter(position.asOf())) {
            sentence.append(" It withdrew it on ").append(ProseDates.day(details.withdrawnOn())).append('.');
        }
        return sentence.toString();
    }

    /** The act as a noun, for "on its ratification". */
    private static String noun(TreatyAction action) {
        return switch (action) {
            case SIGNED -> "signature";
            case RATIFIED -> "ratification";
            case ACCEPTED -> "acceptance";
            case APPROVED -> "approval";
            case ACCEDED -> "accession";
            case SUCCEEDED -> "succession";
            case CONSENTED_TO_BE_BOUND -> "consent to be bound";
            case FORMALLY_CONFIRMED -> "formal confirmation";
            default -> words(action.name());
        };
    }

    private String statementSentence(HistoryEntry entry) {
        StatementDetails details = (StatementDetails) entry.details();
        StringBuilder sentence = new StringBuilder(capitalised(ProseDates.when(entry.date(), entry.datePrecision())))
                .append(", at the ").append(details.forum());
        if (details.location() != null && !details.location().isBlank()) {
            sentence.append(" in ").append(details.location());
        }
        if (details.speaker() != null && !details.speaker().isBlank()) {
            sentence.append(", through ").append(details.speaker());
        }
        sentence.append(", ").append(country).append(" said (stance: ").append(words(details.stance().name()))
                .append("): ").append(ended(details.summary()));
        if (details.quote() != null && !details.quote().isBlank()) {
            sentence.append(" In its words: \u201c").append(details.quote().strip()).append("\u201d");
        }
        return sentence.toString();
    }

    private Sentence stockpile(StockpileSummary stockpile) {
        StringBuilder sentence = new StringBuilder(country).append(" holds ").append(stockpile.weaponSystem())
                .append(" (").append(words(stockpile.category().name())).append("), ")
                .append(words(stockpile.status().name())).append(", as reported ")
                .append(ProseDates.when(stockpile.declaredOn(), stockpile.declaredPrecision()))
                .append("; ")
                .append(stockpile.declaredQuantity() == null ? "the quantity is not known"
                        : "declared quantity " + stockpile.declaredQuantity());
        if (stockpile.destroyed() != null && stockpile.destroyed() > 0) {
            sentence.append(", of which ").append(stockpile.destroyed()).append(" reported destroyed");
        }
        if (stockpile.origin() != null && !stockpile.origin().isBlank()) {
            sentence.append(". Its origin: ").append(stockpile.origin().strip());
        }
        if (stockpile.note() != null && !stockpile.note().isBlank()) {
            sentence.append(". Note: ").append(stockpile.note().strip().replaceAll("[.]+$", ""));
        }
        sentence.append('.');
        HistoryEntry declaration = entries()
                .filter(entry -> entry.details() instanceof StockpileDeclarationDetails d
                        && d.stockpileId().equals(stockpile.stockpileId()))
                .reduce((first, second) -> second).orElse(null);
        return new Sentence(sentence.toString(), declaration == null ? null : cite(declaration));
    }

    private String voteSentence(HistoryEntry entry) {
        VoteDetails details = (VoteDetails) entry.details();
        String cast = switch (details.vote()) {
            case YES -> "voted in favour of";
            case NO -> "voted against";
            case ABSTAIN -> "abstained on";
            case ABSENT -> "was absent from the vote on";
        };
        return capitalised(ProseDates.when(entry.date(), entry.datePrecision())) + ", " + country + " " + cast
                + " General Assembly resolution " + details.resolution().value()
                + (details.title() == null || details.title().isBlank() ? "" : ", \u201c" + details.title() + "\u201d")
                + ".";
    }

    /**
     * The footnote of a fact: numbered in the order of first citation, one per source, so that facts from the same
     * page (four statements of one web page) cite one footnote.
     */
    private int cite(HistoryEntry entry) {
        String key = entry.source().citation() + "\n" + entry.source().url();
        return footnotes.computeIfAbsent(key, k -> new Footnote(footnotes.size() + 1,
                entry.source().citation(), entry.source().url())).number();
    }

    private static String words(String constant) {
        return constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String ended(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") || stripped.endsWith("!") || stripped.endsWith("?") ? stripped : stripped + ".";
    }
}
