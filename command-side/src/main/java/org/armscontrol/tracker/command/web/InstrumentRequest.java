package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.catalogue.FinalClauses;
import org.armscontrol.tracker.shared.catalogue.InstrumentDefinition;
import org.armscontrol.tracker.shared.catalogue.InstrumentKind;
import org.armscontrol.tracker.shared.catalogue.JoiningProcedure;
import org.armscontrol.tracker.shared.instrument.RegisterInstrument;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.time.LocalDate;

/** Body of {@code POST /api/instruments}. */
@Schema(description = "An instrument the catalogue lacks, with its final clauses")
public record InstrumentRequest(
        @Schema(example = "PTBT", description = "2 to 32 upper-case letters, digits or hyphens",
                requiredMode = Schema.RequiredMode.REQUIRED) String id,
        @Schema(example = "Partial Test Ban Treaty", requiredMode = Schema.RequiredMode.REQUIRED) String shortName,
        @Schema(example = "Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and under Water",
                requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(example = "TREATY", requiredMode = Schema.RequiredMode.REQUIRED) String kind,
        @Schema(example = "SIGNATURE_THEN_RATIFICATION", requiredMode = Schema.RequiredMode.REQUIRED) String joining,
        @Schema(example = "Governments of the Russian Federation, the United Kingdom and the United States")
        String depositary,
        String depositaryReference,
        @Schema(example = "1963-08-08", requiredMode = Schema.RequiredMode.REQUIRED) String openedOn,
        @Schema(example = "DAY", allowableValues = {"DAY", "MONTH", "YEAR"}) String openedOnPrecision,
        @Schema(example = "1963-10-09") String signatureOpenUntil,
        @Schema(example = "1963-10-10") String entryIntoForce,
        @Schema(description = "the instrument this one is annexed to, e.g. CCW") String parent,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ClausesBody clauses,
        @Schema(example = "Followed by the tracker from 2027") String reason,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceBody source) {

    RegisterInstrument toCommand(Long expectedVersion) {
        FieldParser parser = new FieldParser();
        if (id == null || id.isEmpty()) {
            parser.add("id", "id is required (2 to 32 upper-case letters, digits or hyphens, e.g. PTBT)");
        }
        InstrumentKind parsedKind = parser.required("kind", kind,
                () -> FieldParser.constant(InstrumentKind.class, "kind", kind));
        JoiningProcedure parsedJoining = parser.required("joining", joining,
                () -> FieldParser.constant(JoiningProcedure.class, "joining", joining));
        ValidDate parsedOpenedOn = InstrumentFields.openedOn(parser, openedOn, openedOnPrecision, true);
        LocalDate parsedSignatureOpenUntil = InstrumentFields.date(parser, "signatureOpenUntil", signatureOpenUntil);
        LocalDate parsedEntryIntoForce = InstrumentFields.date(parser, "entryIntoForce", entryIntoForce);
        FinalClauses parsedClauses = ClausesBody.required(parser, clauses);
        Reason parsedReason = parser.optional("reason", reason, () -> Reason.of(reason));
        Source parsedSource = SourceBody.required(parser, source);
        parser.throwIfInvalid();
        InstrumentDefinition definition = new InstrumentDefinition(id, shortName, name, parsedKind, parsedJoining,
                parsedOpenedOn, parsedSignatureOpenUntil, parsedEntryIntoForce, parent, depositary,
                depositaryReference, parsedClauses);
        // The definition's own rules (id, names, parent, dates) name their field in the 400.
        return new RegisterInstrument(definition, parsedReason, parsedSource, expectedVersion);
    }
}
