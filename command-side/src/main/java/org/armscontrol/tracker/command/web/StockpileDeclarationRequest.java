package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.stockpile.DeclareStockpile;
import org.armscontrol.tracker.shared.stockpile.MunitionCategory;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclaration;
import org.armscontrol.tracker.shared.stockpile.StockpileStatus;
import org.armscontrol.tracker.shared.stockpile.WeaponSystem;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

/** Body of {@code POST /api/stockpile-declarations}. */
@Schema(description = "What a source says a country holds of one weapon system")
public record StockpileDeclarationRequest(
        @Schema(example = "BLR") String country,
        @Schema(example = "RBK-500") String weaponSystem,
        @Schema(example = "CLUSTER_MUNITION", allowableValues = {"CLUSTER_MUNITION", "ANTI_PERSONNEL_MINE",
                "CHEMICAL_WEAPON", "BIOLOGICAL_WEAPON", "NUCLEAR_WEAPON", "BALLISTIC_MISSILE", "INCENDIARY_WEAPON",
                "OTHER"}) String category,
        @Schema(description = "how many; null or absent when the source gives no number") Long quantity,
        @Schema(example = "IN_SERVICE", allowableValues = {"IN_SERVICE", "POSSESSED", "UNCONFIRMED", "RETAINED",
                "DESTROYED"}) String status,
        @Schema(example = "inherited from the USSR") String origin,
        @Schema(example = "2004") String date,
        @Schema(example = "YEAR", allowableValues = {"DAY", "MONTH", "YEAR"}) String datePrecision,
        SourceBody source,
        @Schema(example = "not known whether these include submunition versions",
                description = "what the source leaves open or qualifies; optional") String note) {

    DeclareStockpile toCommand(Long expectedVersion) {
        FieldParser parser = new FieldParser();
        CountryCode parsedCountry = parser.required("country", country, () -> CountryCode.of(country));
        WeaponSystem parsedSystem = parser.required("weaponSystem", weaponSystem, () -> WeaponSystem.of(weaponSystem));
        MunitionCategory parsedCategory = parser.required("category", category,
                () -> FieldParser.constant(MunitionCategory.class, "category", category));
        Long parsedQuantity = parser.parse("quantity", () -> StockpileDeclaration.quantity(quantity));
        StockpileStatus parsedStatus = parser.required("status", status,
                () -> FieldParser.constant(StockpileStatus.class, "status", status));
        String parsedOrigin = parser.parse("origin", () -> StockpileDeclaration.origin(origin));
        ValidDate parsedDate = RequestDates.required(parser, "date", date, datePrecision);
        Source parsedSource = SourceBody.required(parser, source);
        String parsedNote = parser.parse("note", () -> StockpileDeclaration.note(note));
        parser.throwIfInvalid();
        return new DeclareStockpile(parsedCountry, parsedSystem, new StockpileDeclaration(parsedCategory,
                parsedQuantity, parsedStatus, parsedOrigin, parsedDate, parsedSource, parsedNote), expectedVersion);
    }
}
