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
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Body of {@code POST /api/instruments/{id}/amendments}: the fields that change (each given replaces the current
 * value; absent keeps it; null removes an optional one), with the reason and the source.
 */
@Schema(description = "An amendment of an instrument's definition: what changes, why, on what source")
public record InstrumentAmendmentRequest(
        String shortName, String name, String kind, String joining,
        @Schema(type = "string", nullable = true, description = "null removes it") Optional<String> depositary,
        @Schema(type = "string", nullable = true, description = "null removes it") Optional<String> depositaryReference,
        String openedOn, String openedOnPrecision,
        @Schema(type = "string", nullable = true, description = "null removes it") Optional<String> signatureOpenUntil,
        @Schema(type = "string", nullable = true, description = "null removes it") Optional<String> entryIntoForce,
        @Schema(type = "string", nullable = true, description = "null removes it") Optional<String> parent,
        ClauseAmendmentBody clauses,
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
        LocalDate parsedSignatureOpenUntil = InstrumentFields.date(parser, "signatureOpenUntil",
                ClauseAmendmentBody.given(signatureOpenUntil));
        LocalDate parsedEntryIntoForce = InstrumentFields.date(parser, "entryIntoForce",
                ClauseAmendmentBody.given(entryIntoForce));
        Set<String> removed = new LinkedHashSet<>();
        ClauseAmendmentBody.remember(removed, "depositary", depositary);
        ClauseAmendmentBody.remember(removed, "depositaryReference", depositaryReference);
        ClauseAmendmentBody.remember(removed, "signatureOpenUntil", signatureOpenUntil);
        ClauseAmendmentBody.remember(removed, "entryIntoForce", entryIntoForce);
        ClauseAmendmentBody.remember(removed, "parent", parent);
        ClauseChanges parsedClauses = ClauseAmendmentBody.changes(parser, clauses, removed);
        Reason parsedReason = parser.required("reason", reason, () -> Reason.of(reason));
        Source parsedSource = SourceBody.required(parser, source);
        parser.throwIfInvalid();
        InstrumentChanges changes = new InstrumentChanges(shortName, name, parsedKind, parsedJoining, parsedOpenedOn,
                parsedSignatureOpenUntil, parsedEntryIntoForce, ClauseAmendmentBody.given(parent),
                ClauseAmendmentBody.given(depositary), ClauseAmendmentBody.given(depositaryReference), parsedClauses,
                removed);
        return new AmendInstrument(instrumentId, changes, parsedReason, parsedSource, expectedVersion);
    }
}
