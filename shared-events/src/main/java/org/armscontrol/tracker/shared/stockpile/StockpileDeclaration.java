package org.armscontrol.tracker.shared.stockpile;

import org.armscontrol.tracker.shared.value.ChangedFields;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.util.List;

/**
 * What a source says a country holds of one weapon system at a date.
 *
 * @param category the kind of weapon
 * @param quantity how many, or null when the source gives no number
 * @param status   in service, possessed, unconfirmed...
 * @param origin   e.g. "inherited from the USSR", or null
 * @param date     the date the declaration describes
 * @param source   where it is reported
 * @param note     what the source leaves open or qualifies ("not known whether these include submunition
 *                 versions"), or null; events recorded before it existed read as null
 */
public record StockpileDeclaration(MunitionCategory category, Long quantity, StockpileStatus status, String origin,
                                   ValidDate date, Source source, String note) {

    public static final int MAX_ORIGIN_LENGTH = 500;
    public static final int MAX_NOTE_LENGTH = 2000;

    public StockpileDeclaration {
        TextRules.required(category, "category");
        quantity(quantity);
        TextRules.required(status, "status");
        origin(origin);
        TextRules.required(date, "date");
        TextRules.required(source, "source");
        note = note(note);
    }

    /** A declaration without a note. */
    public StockpileDeclaration(MunitionCategory category, Long quantity, StockpileStatus status, String origin,
                                ValidDate date, Source source) {
        this(category, quantity, status, origin, date, source, null);
    }

    public static Long quantity(Long quantity) {
        if (quantity != null && quantity < 0) {
            throw new InvalidValueException("quantity", "quantity must not be negative (null means unknown)");
        }
        return quantity;
    }

    public static String origin(String origin) {
        return TextRules.optionalLine(origin, "origin", MAX_ORIGIN_LENGTH);
    }

    public static String note(String note) {
        return TextRules.optionalText(note, "note", MAX_NOTE_LENGTH);
    }

    /** The names of the fields in which {@code other} differs from this declaration, in declaration order. */
    public List<String> fieldsChangedIn(StockpileDeclaration other) {
        return new ChangedFields()
                .compare("category", category, other.category)
                .compare("quantity", quantity, other.quantity)
                .compare("status", status, other.status)
                .compare("origin", origin, other.origin)
                .compare("date", date, other.date)
                .compare("source", source, other.source)
                .compare("note", note, other.note)
                .list();
    }
}
