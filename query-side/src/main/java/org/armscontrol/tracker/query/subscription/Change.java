package org.armscontrol.tracker.query.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.armscontrol.tracker.shared.query.HistoryEntryKind;
import org.armscontrol.tracker.shared.value.CountryNames;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One change of the record, as subscribers are told of it: the same JSON in a server-sent event and in a webhook's
 * body.
 *
 * @param globalIndex   the event's position in the event store: its id, increasing with the order of recording
 * @param eventType     the event's type, e.g. {@code TreatyRatified}, {@code StatementAmended}
 * @param recordId      the record it belongs to: {@code BLR:CCM}, a statement's UUID, {@code UKR:RBK-500}
 * @param kind          what the record is (as in a country's history)
 * @param change        whether the record was created or how it was changed
 * @param instruments   the instruments it concerns (for a stockpile, those that ban its category)
 * @param date          the valid date of the fact after the change (first day of its period)
 * @param datePrecision DAY, MONTH or YEAR
 * @param summary       one line for humans
 * @param reason        why, for a correction, amendment, retraction, revision, withdrawal or void
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"globalIndex", "eventType", "recordId", "country", "countryName", "instruments", "date", "datePrecision", "kind",
        "change", "summary", "recordedAt", "recordedBy", "reason"})
public record Change(long globalIndex, String eventType, String recordId, String country, List<String> instruments,
                     LocalDate date, String datePrecision, HistoryEntryKind kind, ChangeType change, String summary,
                     Instant recordedAt, String recordedBy, String reason) {

    public Change {
        instruments = List.copyOf(instruments);
    }

    /** The state's name as the UN writes it, beside its code (derived: subscribers match on the code). */
    @JsonProperty(value = "countryName", access = JsonProperty.Access.READ_ONLY)
    public String countryName() {
        return CountryNames.nameOf(country);
    }

    /** How a record changed. */
    public enum ChangeType {
        /**
         * The record's first event: a treaty action, a statement, a stockpile declaration or destruction, a
         * reservation, a vote.
         */
        RECORDED,
        /** A treaty action's date, kind or note, or a vote, corrected. */
        CORRECTED,
        /** A statement amended. */
        AMENDED,
        /** A statement retracted. */
        RETRACTED,
        /** A stockpile declaration revised. */
        REVISED,
        /** A reservation or declaration withdrawn. */
        WITHDRAWN,
        /** A record voided: recorded in error, it counts nowhere from then on. */
        VOIDED
    }
}
