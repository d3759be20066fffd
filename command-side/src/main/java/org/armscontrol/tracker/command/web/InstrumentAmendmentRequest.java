package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.catalogue.InstrumentChanges;
import org.armscontrol.tracker.shared.catalogue.InstrumentChanges.ClauseChanges;
import org.armscontrol.tracker.shared.catalogue.InstrumentKind;
import org.armscontrol.tracker.shared.catalogue.JoiningProcedure;
import org.armscontrol.tracker.shared.instrument.AmendInstrument;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.time.LocalDate;

/**
 * Body of {@code POST /api/instruments/{id}/amendments}: the fields that change (each given replaces the current
 * value; absent keeps it), with the reason and the source.
 */
@Schema(description = "An amendment of an instrument's definition: what changes, why, on what source")
public record InstrumentAmendmentRequest(
        String shortName, String name, String kind, String joining, String depositary, String depositaryReference,
        String openedOn, String openedOnPrecision, String signatureOpenUntil, String entryIntoForce, String parent,
        ClausesBody clauses,
        @Schema(example = "The withdrawal clause, Art. 37, was missing", requiredMode = Schema.RequiredMode.REQUIRED)
        String reason,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceBody source) {

    AmendInstrument toCommand(String instrumentId, Long expectedVersion) {
        FieldParser parser = new FieldParser();
        InstrumentKind parsedKind = parser.optional("kind", kind,
                () -> FieldParser.constant(InstrumentKind.class, "kind", kind));
        JoiningProcedure parsedJoining = parser.optional("joining", joining,
                () -> FieldParser.constant(JoiningProcedure.class, "joining", joining));
        ValidDate parsedOpenedOn = InstrumentFields.openedOn(parser, openedOn, openedOnPrecision, false);
        LocalDate parsedSignatureOpenUntil = InstrumentFields.date(parser, "signatureOpenUntil", signatureOpenUntil);
        LocalDate parsedEntryIntoForce = InstrumentFields.date(parser, "entryIntoForce", entryIntoForce);
        ClauseChanges parsedClauses = ClausesBody.changes(parser, clauses);
        Reason parsedReason = parser.required("reason", reason, () -> Reason.of(reason));
        Source parsedSource = SourceBody.required(parser, source);
        parser.throwIfInvalid();
        InstrumentChanges changes = new InstrumentChanges(shortName, name, parsedKind, parsedJoining, parsedOpenedOn,
                parsedSignatureOpenUntil, parsedEntryIntoForce, parent, depositary, depositaryReference,
                parsedClauses);
        return new AmendInstrument(instrumentId, changes, parsedReason, parsedSource, expectedVersion);
    }
}
