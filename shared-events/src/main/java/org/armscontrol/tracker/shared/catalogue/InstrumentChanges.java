package org.armscontrol.tracker.shared.catalogue;

import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an amendment changes in an instrument's definition: each field given replaces the current one, each null
 * keeps it, and each field named in {@code removed} (an explicit null in the request) is removed, where the
 * definition may do without it ({@link #REMOVABLE}).
 */
public record InstrumentChanges(String shortName, String name, InstrumentKind kind, JoiningProcedure joining,
                                ValidDate openedOn, LocalDate signatureOpenUntil, LocalDate entryIntoForce,
                                String parent, String depositary, String depositaryReference,
                                ClauseChanges clauses, Set<String> removed) {

    /**
     * The optional fields, by the names the API gives them. A removed provision for provisional application reads
     * as {@link ProvisionalApplication#NOT_PROVIDED}; the other fields (names, kind, dates of opening, the rule of
     * entry into force) every definition has.
     */
    public static final Set<String> REMOVABLE = Set.of("signatureOpenUntil", "entryIntoForce", "parent",
            "depositary", "depositaryReference", "clauses.consentArticle", "clauses.withdrawalArticle",
            "clauses.withdrawalNotice", "clauses.provisionalApplication", "clauses.provisionalArticle");

    public InstrumentChanges {
        removed = removed == null ? Set.of() : Set.copyOf(removed);
        for (String field : removed) {
            if (!REMOVABLE.contains(field)) {
                throw new InvalidValueException(field, field + " cannot be removed: every instrument has one");
            }
        }
    }

    /** Changes that remove nothing. */
    public InstrumentChanges(String shortName, String name, InstrumentKind kind, JoiningProcedure joining,
                             ValidDate openedOn, LocalDate signatureOpenUntil, LocalDate entryIntoForce,
                             String parent, String depositary, String depositaryReference, ClauseChanges clauses) {
        this(shortName, name, kind, joining, openedOn, signatureOpenUntil, entryIntoForce, parent, depositary,
                depositaryReference, clauses, Set.of());
    }

    /** What an amendment changes in the final clauses; null keeps the current value. */
    public record ClauseChanges(String consentArticle, EntryIntoForceRule entryIntoForce, String withdrawalArticle,
                                WithdrawalNotice withdrawalNotice, ProvisionalApplication provisionalApplication,
                                String provisionalArticle, Boolean acceptanceWithoutSignature, Boolean suspension) {

        static final ClauseChanges NONE = new ClauseChanges(null, null, null, null, null, null, null, null);

        FinalClauses applyTo(FinalClauses current, Set<String> removed) {
            return new FinalClauses(
                    pick(removed, "clauses.consentArticle", consentArticle, current.consentArticle()),
                    or(entryIntoForce, current.entryIntoForce()),
                    pick(removed, "clauses.withdrawalArticle", withdrawalArticle, current.withdrawalArticle()),
                    pick(removed, "clauses.withdrawalNotice", withdrawalNotice, current.withdrawalNotice()),
                    removed.contains("clauses.provisionalApplication") ? ProvisionalApplication.NOT_PROVIDED
                            : or(provisionalApplication, current.provisionalApplication()),
                    pick(removed, "clauses.provisionalArticle", provisionalArticle, current.provisionalArticle()),
                    or(acceptanceWithoutSignature, current.acceptanceWithoutSignature()),
                    or(suspension, current.suspension()));
        }
    }

    /** The definition as it reads once amended (not yet checked). */
    public InstrumentDefinition applyTo(InstrumentDefinition current) {
        boolean clausesTouched = clauses != null || removed.stream().anyMatch(field -> field.startsWith("clauses."));
        return new InstrumentDefinition(current.id(), or(shortName, current.shortName()), or(name, current.name()),
                or(kind, current.kind()), or(joining, current.joining()), or(openedOn, current.openedOn()),
                pick(removed, "signatureOpenUntil", signatureOpenUntil, current.signatureOpenUntil()),
                pick(removed, "entryIntoForce", entryIntoForce, current.entryIntoForce()),
                pick(removed, "parent", parent, current.parent()),
                pick(removed, "depositary", depositary, current.depositary()),
                pick(removed, "depositaryReference", depositaryReference, current.depositaryReference()),
                clausesTouched ? (clauses == null ? ClauseChanges.NONE : clauses).applyTo(current.clauses(), removed)
                        : current.clauses());
    }

    private static <T> T pick(Set<String> removed, String field, T given, T current) {
        return removed.contains(field) ? null : or(given, current);
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
