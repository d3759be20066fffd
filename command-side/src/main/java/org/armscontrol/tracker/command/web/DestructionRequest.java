package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.stockpile.ReportStockpileDestruction;
import org.armscontrol.tracker.shared.stockpile.StockpileId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;
import org.armscontrol.tracker.shared.value.ValidDate;

/** Body of {@code POST /api/stockpiles/{country}/{weaponSystem}/destructions}. */
@Schema(description = "Destruction of (part of) a stockpile")
public record DestructionRequest(
        @Schema(description = "how many were destroyed; absent when the source gives no number") Long quantityDestroyed,
        @Schema(description = "true when this completes the destruction of the whole stockpile") Boolean completed,
        @Schema(example = "2012-06-30") String date,
        @Schema(allowableValues = {"DAY", "MONTH", "YEAR"}) String datePrecision,
        SourceBody source,
        String note) {

    ReportStockpileDestruction toCommand(StockpileId id, Long expectedVersion) {
        FieldParser parser = new FieldParser();
        ValidDate parsedDate = RequestDates.required(parser, "date", date, datePrecision);
        Source parsedSource = SourceBody.required(parser, source);
        String parsedNote = parser.parse("note",
                () -> TextRules.optionalText(note, "note", ReportStockpileDestruction.MAX_NOTE_LENGTH));
        if (quantityDestroyed != null && quantityDestroyed <= 0) {
            parser.add("quantityDestroyed", "quantityDestroyed must be positive (absent means unknown)");
        }
        parser.throwIfInvalid();
        return new ReportStockpileDestruction(id, quantityDestroyed, Boolean.TRUE.equals(completed), parsedDate,
                parsedSource, parsedNote, expectedVersion);
    }
}
