package org.armscontrol.tracker.query.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.armscontrol.tracker.shared.participation.ReservationKind;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.query.CountryHistory;
import org.armscontrol.tracker.shared.query.HistoryChange;
import org.armscontrol.tracker.shared.query.HistoryDetails;
import org.armscontrol.tracker.shared.query.HistoryEntry;
import org.armscontrol.tracker.shared.query.HistoryEntryKind;
import org.armscontrol.tracker.shared.query.ReservationDetails;
import org.armscontrol.tracker.shared.query.StatementDetails;
import org.armscontrol.tracker.shared.query.StockpileDeclarationDetails;
import org.armscontrol.tracker.shared.query.StockpileDestructionDetails;
import org.armscontrol.tracker.shared.query.TreatyActionDetails;
import org.armscontrol.tracker.shared.query.VoteDetails;
import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.stockpile.MunitionCategory;
import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.vote.VoteCast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.armscontrol.tracker.platform.web.SpreadsheetText.cell;

/**
 * One entry of a country's history as a flat spreadsheet row: the columns common to every kind, then those of each
 * kind (empty where they do not apply), then the source, the recording and how often it changed since.
 *
 * @param status   the status a treaty action gives, or the status of a declared stockpile
 * @param quantity the declared quantity of a stockpile, or the quantity a destruction report gives
 * @param note     the note of a treaty action or of a destruction report
 * @param changes  how many corrections, amendments, retractions or revisions it had
 * @param resolution the symbol of the General Assembly resolution a vote was on; {@code title} its title and
 *                   {@code vote} how the country voted (appended last, so that readers of the earlier columns by
 *                   position read on unchanged)
 * @param country    the state whose history it is, and {@code countryName} its UN name (appended last likewise), so
 *                   that rows of several states' exports can be put together
 * @param reservationId a reservation's or declaration's id, {@code reservationKind} which of the two,
 *                   {@code reservationText} its text, {@code madeWith} the action it accompanied and
 *                   {@code withdrawnOn} the date of its withdrawal (appended last likewise)
 */
@JsonPropertyOrder({"id", "kind", "date", "datePrecision", "instruments", "action", "status", "effectiveDate",
        "originalDate", "forum", "location", "speaker", "stance", "summary", "quote", "retracted", "weaponSystem",
        "category", "quantity", "completed", "origin", "note", "sourceCitation", "sourceUrl", "recordedAt",
        "recordedBy", "changes", "lastChangeReason", "resolution", "title", "vote", "country", "countryName",
        "reservationId", "reservationKind", "reservationText", "madeWith", "withdrawnOn"})
record HistoryRow(String id, HistoryEntryKind kind, LocalDate date, DatePrecision datePrecision, String instruments,
                  TreatyAction action, String status, LocalDate effectiveDate, LocalDate originalDate, String forum,
                  String location, String speaker, Stance stance, String summary, String quote, Boolean retracted,
                  String weaponSystem, MunitionCategory category, Long quantity, Boolean completed, String origin,
                  String note, String sourceCitation, String sourceUrl, Instant recordedAt, String recordedBy,
                  int changes, String lastChangeReason, String resolution, String title, VoteCast vote, String country,
                  String countryName, String reservationId, ReservationKind reservationKind, String reservationText,
                  TreatyAction madeWith, LocalDate withdrawnOn) {

    static HistoryRow of(CountryHistory history, HistoryEntry entry) {
        Kind kind = Kind.of(entry);
        List<HistoryChange> changes = entry.changes();
        return new HistoryRow(entry.id(), entry.kind(), entry.date(), entry.datePrecision(),
                entry.instruments().stream().map(InstrumentId::value).collect(Collectors.joining(";")),
                kind.action, kind.status, kind.effectiveDate, kind.originalDate, cell(kind.forum),
                cell(kind.location), cell(kind.speaker), kind.stance, cell(kind.summary), cell(kind.quote),
                kind.retracted, cell(kind.weaponSystem), kind.category, kind.quantity, kind.completed,
                cell(kind.origin), cell(kind.note),
                entry.source() == null ? null : cell(entry.source().citation()),
                entry.source() == null ? null : cell(entry.source().url()),
                entry.recordedAt(), cell(entry.recordedBy()), changes.size(),
                changes.isEmpty() ? null : cell(changes.get(changes.size() - 1).reason()),
                kind.resolution, cell(kind.title), kind.vote, history.country().value(), history.countryName(),
                kind.reservationId, kind.reservationKind, cell(kind.reservationText), kind.madeWith,
                kind.withdrawnOn);
    }

    /** The columns particular to each kind of entry; those of the other kinds stay empty. */
    private static final class Kind {
        TreatyAction action;
        String status;
        LocalDate effectiveDate;
        LocalDate originalDate;
        String forum;
        String location;
        String speaker;
        Stance stance;
        String summary;
        String quote;
        Boolean retracted;
        String weaponSystem;
        MunitionCategory category;
        Long quantity;
        Boolean completed;
        String origin;
        String note;
        String resolution;
        String title;
        VoteCast vote;
        String reservationId;
        ReservationKind reservationKind;
        String reservationText;
        TreatyAction madeWith;
        LocalDate withdrawnOn;

        /** Every kind of the sealed {@link HistoryDetails} has its branch; a new kind fails here, not silently. */
        static Kind of(HistoryEntry entry) {
            Kind kind = new Kind();
            if (entry.details() instanceof TreatyActionDetails d) {
                kind.action = d.action();
                kind.status = d.resultingStatus().name();
                kind.effectiveDate = d.effectiveDate();
                kind.originalDate = d.originalDate();
                kind.note = d.note();
            } else if (entry.details() instanceof StatementDetails d) {
                kind.forum = d.forum();
                kind.location = d.location();
                kind.speaker = d.speaker();
                kind.stance = d.stance();
                kind.summary = d.summary();
                kind.quote = d.quote();
                kind.retracted = d.retracted();
            } else if (entry.details() instanceof StockpileDeclarationDetails d) {
                kind.weaponSystem = d.weaponSystem();
                kind.category = d.category();
                kind.quantity = d.quantity();
                kind.status = d.status().name();
                kind.origin = d.origin();
                kind.note = d.note();
            } else if (entry.details() instanceof StockpileDestructionDetails d) {
                kind.weaponSystem = d.weaponSystem();
                kind.quantity = d.quantityDestroyed();
                kind.completed = d.completed();
                kind.note = d.note();
            } else if (entry.details() instanceof VoteDetails d) {
                kind.resolution = d.resolution().value();
                kind.title = d.title();
                kind.vote = d.vote();
            } else if (entry.details() instanceof ReservationDetails d) {
                kind.reservationId = d.reservationId().value();
                kind.reservationKind = d.kind();
                kind.reservationText = d.text();
                kind.madeWith = d.madeWith();
                kind.withdrawnOn = d.withdrawnOn();
            } else {
                throw new IllegalStateException("no columns for the history entry kind " + entry.kind());
            }
            return kind;
        }
    }
}
