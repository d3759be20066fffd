package org.armscontrol.tracker.shared.stockpile;

import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.util.Optional;

/**
 * The fields a revision changes. A null component keeps the field; {@code quantity}, {@code origin} and
 * {@code note} are {@link Optional}s so that a revision can also make them unknown: {@code Optional.empty()} removes.
 */
public record StockpileChanges(MunitionCategory category, Optional<Long> quantity, StockpileStatus status,
                               Optional<String> origin, ValidDate date, Source source, Optional<String> note) {

    /** Changes that leave the note as it is. */
    public StockpileChanges(MunitionCategory category, Optional<Long> quantity, StockpileStatus status,
                            Optional<String> origin, ValidDate date, Source source) {
        this(category, quantity, status, origin, date, source, null);
    }

    public static StockpileChanges none() {
        return new StockpileChanges(null, null, null, null, null, null, null);
    }

    /** The declaration that results from applying these changes to {@code current}; validates the result. */
    public StockpileDeclaration applyTo(StockpileDeclaration current) {
        return new StockpileDeclaration(
                category != null ? category : current.category(),
                quantity != null ? quantity.orElse(null) : current.quantity(),
                status != null ? status : current.status(),
                origin != null ? origin.orElse(null) : current.origin(),
                date != null ? date : current.date(),
                source != null ? source : current.source(),
                note != null ? note.orElse(null) : current.note());
    }
}
