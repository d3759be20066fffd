package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.stockpile.MunitionCategory;
import org.armscontrol.tracker.shared.stockpile.ReviseStockpileDeclaration;
import org.armscontrol.tracker.shared.stockpile.StockpileChanges;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclaration;
import org.armscontrol.tracker.shared.stockpile.StockpileId;
import org.armscontrol.tracker.shared.stockpile.StockpileStatus;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.util.Optional;

/**
 * Body of {@code POST /api/stockpiles/{country}/{weaponSystem}/revisions}: the fields of the latest declaration
 * to change, and the reason. Absent fields are kept; {@code quantity}, {@code origin} and {@code note} sent as null
 * become unknown.
 */
@Schema(description = "A revision of the latest declaration of a stockpile, with the reason")
public record StockpileRevisionRequest(
        @Schema(allowableValues = {"CLUSTER_MUNITION", "ANTI_PERSONNEL_MINE", "CHEMICAL_WEAPON",
                "BIOLOGICAL_WEAPON", "NUCLEAR_WEAPON", "BALLISTIC_MISSILE", "INCENDIARY_WEAPON", "OTHER"})
        String category,
        @Schema(type = "integer", nullable = true, description = "null makes it unknown") Optional<Long> quantity,
        @Schema(allowableValues = {"IN_SERVICE", "POSSESSED", "UNCONFIRMED", "RETAINED", "DESTROYED"}) String status,
        @Schema(type = "string", nullable = true, description = "null removes it") Optional<String> origin,
        String date,
        @Schema(allowableValues = {"DAY", "MONTH", "YEAR"}) String datePrecision,
        SourceBody source,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason,
        @Schema(type = "string", nullable = true, description = "null removes it") Optional<String> note) {

    ReviseStockpileDeclaration toCommand(StockpileId id, Long expectedVersion) {
        FieldParser parser = new FieldParser();
        MunitionCategory parsedCategory = parser.optional("category", category,
                () -> FieldParser.constant(MunitionCategory.class, "category", category));
        Optional<Long> parsedQuantity = parser.optional("quantity", quantity,
                () -> quantity.map(StockpileDeclaration::quantity));
        StockpileStatus parsedStatus = parser.optional("status", status,
                () -> FieldParser.constant(StockpileStatus.class, "status", status));
        Optional<String> parsedOrigin = parser.optional("origin", origin,
                () -> origin.map(StockpileDeclaration::origin));
        ValidDate parsedDate = RequestDates.optional(parser, "date", date, datePrecision);
        Source parsedSource = SourceBody.optional(parser, source);
        Reason parsedReason = parser.required("reason", reason, () -> Reason.of(reason));
        Optional<String> parsedNote = parser.optional("note", note, () -> note.map(StockpileDeclaration::note));
        parser.throwIfInvalid();
        return new ReviseStockpileDeclaration(id, new StockpileChanges(parsedCategory, parsedQuantity, parsedStatus,
                parsedOrigin, parsedDate, parsedSource, parsedNote), parsedReason, expectedVersion);
    }
}
