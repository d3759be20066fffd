package org.armscontrol.tracker.shared.catalogue;

import org.armscontrol.tracker.shared.value.ValidDate;

import java.time.LocalDate;

/**
 * What an amendment changes in an instrument's definition: each field given replaces the current one, each null
 * keeps it (so an amendment cannot remove an optional value; a later increment may add that).
 */
public record InstrumentChanges(String shortName, String name, InstrumentKind kind, JoiningProcedure joining,
                                ValidDate openedOn, LocalDate signatureOpenUntil, LocalDate entryIntoForce,
                                String parent, String depositary, String depositaryReference,
                                ClauseChanges clauses) {

    /** What an amendment changes in the final clauses; null keeps the current value. */
    public record ClauseChanges(String consentArticle, EntryIntoForceRule entryIntoForce, String withdrawalArticle,
                                WithdrawalNotice withdrawalNotice, ProvisionalApplication provisionalApplication,
                                String provisionalArticle, Boolean acceptanceWithoutSignature, Boolean suspension) {

        FinalClauses applyTo(FinalClauses current) {
            return new FinalClauses(or(consentArticle, current.consentArticle()),
                    or(entryIntoForce, current.entryIntoForce()), or(withdrawalArticle, current.withdrawalArticle()),
                    or(withdrawalNotice, current.withdrawalNotice()),
                    or(provisionalApplication, current.provisionalApplication()),
                    or(provisionalArticle, current.provisionalArticle()),
                    or(acceptanceWithoutSignature, current.acceptanceWithoutSignature()),
                    or(suspension, current.suspension()));
        }
    }

    /** The definition as it reads once amended (not yet checked). */
    public InstrumentDefinition applyTo(InstrumentDefinition current) {
        return new InstrumentDefinition(current.id(), or(shortName, current.shortName()), or(name, current.name()),
                or(kind, current.kind()), or(joining, current.joining()), or(openedOn, current.openedOn()),
                or(signatureOpenUntil, current.signatureOpenUntil()), or(entryIntoForce, current.entryIntoForce()),
                or(parent, current.parent()), or(depositary, current.depositary()),
                or(depositaryReference, current.depositaryReference()),
                clauses == null ? current.clauses() : clauses.applyTo(current.clauses()));
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
