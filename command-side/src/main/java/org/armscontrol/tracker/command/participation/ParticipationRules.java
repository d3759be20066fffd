package org.armscontrol.tracker.command.participation;

import org.armscontrol.tracker.command.rules.DateRules;
import org.armscontrol.tracker.command.rules.RuleViolation;
import org.armscontrol.tracker.shared.catalogue.Instrument;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.armscontrol.tracker.command.participation.ParticipationRule.*;
import static org.armscontrol.tracker.shared.participation.ParticipationStatus.ADHERENT;
import static org.armscontrol.tracker.shared.participation.ParticipationStatus.MEMBER;
import static org.armscontrol.tracker.shared.participation.ParticipationStatus.NONE;
import static org.armscontrol.tracker.shared.participation.ParticipationStatus.NOT_BECOMING_PARTY;
import static org.armscontrol.tracker.shared.participation.ParticipationStatus.PARTY;
import static org.armscontrol.tracker.shared.participation.ParticipationStatus.PROVISIONALLY_APPLYING;
import static org.armscontrol.tracker.shared.participation.ParticipationStatus.SIGNATORY;
import static org.armscontrol.tracker.shared.participation.ParticipationStatus.SUSPENDED;
import static org.armscontrol.tracker.shared.participation.ParticipationStatus.WITHDRAWN;

/**
 * The transition table of a participation: from which statuses each kind of action is open, read together with the
 * instrument's final clauses (whether it provides for the action at all, whether a consent must follow a signature,
 * when signature closes, provisional application). Every rule on the sequence of a state's actions is here, so that
 * a new action, a corrected one and the history left by a void are checked alike.
 */
final class ParticipationRules {

    /** The statuses from which each action is open, before the clause-dependent refinements below. */
    private static final Map<TreatyAction, Set<ParticipationStatus>> OPEN_FROM = new EnumMap<>(TreatyAction.class);

    static {
        Set<ParticipationStatus> signatories = EnumSet.of(SIGNATORY, PROVISIONALLY_APPLYING, NOT_BECOMING_PARTY);
        Set<ParticipationStatus> unbound = EnumSet.of(NONE, PROVISIONALLY_APPLYING, WITHDRAWN);
        OPEN_FROM.put(TreatyAction.SIGNED, EnumSet.of(NONE));
        OPEN_FROM.put(TreatyAction.SUCCEEDED_TO_SIGNATURE, EnumSet.of(NONE));
        for (TreatyAction form : TreatyAction.RATIFICATION_FORMS) {
            // A signatory ratifies; a state that did not sign only where the clauses open the form to it.
            OPEN_FROM.put(form, union(signatories, unbound));
        }
        OPEN_FROM.put(TreatyAction.ACCEDED, unbound);
        OPEN_FROM.put(TreatyAction.CONSENTED_TO_BE_BOUND, EnumSet.of(NONE, WITHDRAWN));
        // Succession by a state that is a signatory by succession (or by its own signature).
        OPEN_FROM.put(TreatyAction.SUCCEEDED, EnumSet.of(NONE, SIGNATORY, PROVISIONALLY_APPLYING));
        // CCM/APMBT Art. 18 and ATT Art. 23: any state, at its signature or consent, not once bound.
        OPEN_FROM.put(TreatyAction.PROVISIONALLY_APPLIED, EnumSet.of(NONE, SIGNATORY));
        OPEN_FROM.put(TreatyAction.WITHDREW, EnumSet.of(PARTY, SUSPENDED));
        OPEN_FROM.put(TreatyAction.JOINED, EnumSet.of(NONE, WITHDRAWN));
        OPEN_FROM.put(TreatyAction.ADHERED, EnumSet.of(NONE, WITHDRAWN));
        OPEN_FROM.put(TreatyAction.LEFT, EnumSet.of(MEMBER, ADHERENT));
        OPEN_FROM.put(TreatyAction.REVOKED_CONSENT, EnumSet.of(PARTY));
        OPEN_FROM.put(TreatyAction.DECLARED_NOT_TO_BECOME_PARTY, EnumSet.of(SIGNATORY, PROVISIONALLY_APPLYING));
        OPEN_FROM.put(TreatyAction.SUSPENDED, EnumSet.of(PARTY));
        for (TreatyAction action : TreatyAction.values()) {
            if (!OPEN_FROM.containsKey(action)) {
                throw new ExceptionInInitializerError("the transition table has no row for " + action);
            }
        }
    }

    private ParticipationRules() {
    }

    /** Where a record stands: its status, whether the state signed, and its latest action. */
    record Standing(ParticipationStatus status, boolean signed, RecordedAction last) {

        static final Standing EMPTY = new Standing(NONE, false, null);

        /** The standing left by the actions that count (the voided ones do not). */
        static Standing of(List<RecordedAction> actions) {
            Standing standing = EMPTY;
            for (RecordedAction action : actions) {
                if (!action.voided()) {
                    standing = standing.after(action);
                }
            }
            return standing;
        }

        Standing after(RecordedAction action) {
            return new Standing(action.action().resultingStatus(),
                    signed || TreatyAction.SIGNATURES.contains(action.action()), action);
        }
    }

    /** Refuses an action the instrument's clauses do not provide for. */
    static void requireApplicable(Instrument instrument, TreatyAction action) {
        if (instrument.allows(action)) {
            return;
        }
        String why = switch (action) {
            case PROVISIONALLY_APPLIED -> instrument.id() + " does not provide for provisional application";
            case SUSPENDED -> instrument.id() + " does not provide for the suspension of its operation";
            default -> instrument.id() + " (" + instrument.joining().name().toLowerCase().replace('_', ' ')
                    + ") provides for " + (instrument.actions().isEmpty() ? "no action by states"
                    : "the actions " + instrument.actions().stream().sorted().toList()) + ", not " + action;
        };
        throw new RuleViolation(ACTION_NOT_APPLICABLE, "action", why, instrument.cite(instrument.clauses()
                .consentArticle()));
    }

    /** Refuses an action that is already recorded on the same date: a duplicate. */
    static void requireNotRecorded(List<RecordedAction> actions, TreatyAction action, ValidDate date) {
        actions.stream()
                .filter(recorded -> !recorded.voided() && recorded.action() == action && recorded.date().equals(date))
                .findFirst()
                .ifPresent(same -> {
                    throw new RuleViolation(ALREADY_RECORDED, "action", same + " is already recorded (event "
                            + same.sequence() + "); nothing new was written");
                });
    }

    /**
     * Refuses {@code action} on {@code date} (taking effect on {@code effective}) after the record's standing: the
     * instrument's opening, the order of the record, the transition table and the clauses' refinements of it.
     */
    static void requireAllowed(Instrument instrument, Standing before, TreatyAction action, ValidDate date,
                               ValidDate effective) {
        requireApplicable(instrument, action);
        DateRules.requireNotBefore(date, instrument.openedOn(), "date", BEFORE_INSTRUMENT_OPENED,
                "the opening of " + instrument.id());
        if (effective.latest().isBefore(date.earliest())) {
            throw new RuleViolation(EFFECTIVE_BEFORE_DATE, "effectiveDate", "effectiveDate " + effective
                    + " is before the date " + date);
        }
        if (before.last() != null) {
            DateRules.requireNotBefore(date, before.last().effectiveDate(), "date", OUT_OF_ORDER,
                    "the previous action, " + before.last());
        }
        String consent = instrument.cite(instrument.clauses().consentArticle());
        switch (action) {
            case SIGNED -> {
                if (instrument.signatureOpenUntil() != null
                        && date.earliest().isAfter(instrument.signatureOpenUntil())) {
                    throw new RuleViolation(SIGNATURE_CLOSED, "date", instrument.id() + " was open for signature until "
                            + instrument.signatureOpenUntil() + "; a state that did not sign by then accedes (ACCEDED)",
                            consent);
                }
            }
            case RATIFIED, ACCEPTED, APPROVED, FORMALLY_CONFIRMED -> {
                if (!before.signed() && instrument.signatureRequiredFor(action)) {
                    throw new RuleViolation(SIGNATURE_REQUIRED, "action", instrument.id() + " opens " + action
                            + " to signatories only and the state has not signed it; a state that did not sign "
                            + "accedes (ACCEDED)", consent);
                }
                if (before.signed() && before.status() == WITHDRAWN) {
                    throw refusal(instrument, before, action);
                }
            }
            case ACCEDED -> {
                if (before.signed() && EnumSet.of(SIGNATORY, PROVISIONALLY_APPLYING, NOT_BECOMING_PARTY)
                        .contains(before.status())) {
                    throw new RuleViolation(ACCESSION_AFTER_SIGNATURE, "action", "the state signed "
                            + instrument.id() + " (" + before.last() + "): a signatory ratifies, it does not accede",
                            consent);
                }
            }
            case REVOKED_CONSENT -> requireRevocable(instrument, before, date);
            default -> {
                // The table alone decides.
            }
        }
        if (!OPEN_FROM.get(action).contains(before.status())) {
            throw refusal(instrument, before, action);
        }
    }

    /**
     * Refuses a sequence of actions (what a correction or a void would leave) in which any action breaks a rule
     * after the ones before it; {@code change} says what would leave it so.
     */
    static void requireConsistent(Instrument instrument, List<RecordedAction> actions, String change) {
        Standing standing = Standing.EMPTY;
        for (RecordedAction action : actions) {
            if (action.voided()) {
                continue;
            }
            try {
                requireAllowed(instrument, standing, action.action(), action.date(), action.effectiveDate());
            } catch (RuleViolation e) {
                throw e.explainedBy(change + ", the " + action + " would break the rule: " + e.getMessage());
            }
            standing = standing.after(action);
        }
    }

    /** A ratification of a signatory can be revoked while the instrument is not yet in force for the state. */
    private static void requireRevocable(Instrument instrument, Standing before, ValidDate date) {
        if (before.status() != PARTY) {
            return;
        }
        RecordedAction consent = before.last();
        if (!before.signed() || !TreatyAction.RATIFICATION_FORMS.contains(consent.action())) {
            throw new RuleViolation(NOT_REVOCABLE, "action", "only a signatory's ratification, acceptance or "
                    + "approval can be revoked; " + consent + " ends by withdrawal (WITHDREW)");
        }
        Optional<LocalDate> inForce = instrument.entryIntoForceFor(consent.action(), consent.date().date());
        if (inForce.isPresent() && !date.earliest().isBefore(inForce.get())) {
            throw new RuleViolation(NOT_REVOCABLE, "date", instrument.id() + " is in force for the state since "
                    + inForce.get() + "; a party in force withdraws (WITHDREW)");
        }
    }

    private static RuleViolation refusal(Instrument instrument, Standing before, TreatyAction action) {
        ParticipationStatus status = before.status();
        String since = before.last() == null ? "" : " (" + before.last() + ")";
        String who = "the state is " + status + " on " + instrument.id() + since;
        String withdrawal = instrument.cite(instrument.clauses().withdrawalArticle());
        return switch (action) {
            case WITHDREW, SUSPENDED, REVOKED_CONSENT -> status == SUSPENDED && action == TreatyAction.SUSPENDED
                    ? new RuleViolation(ALREADY_SUSPENDED, "action", who + ": its operation is already suspended")
                    : new RuleViolation(NOT_A_PARTY, "action", who + ": only a party can " + verb(action), withdrawal);
            case LEFT -> new RuleViolation(NOT_A_MEMBER, "action", who + ": only a member or adherent can leave");
            case DECLARED_NOT_TO_BECOME_PARTY -> status == NONE
                    ? new RuleViolation(NOT_A_SIGNATORY, "action", who + ": only a signatory declares that it does "
                    + "not intend to become a party")
                    : byStatus(instrument, status, action, who);
            default -> byStatus(instrument, status, action, who);
        };
    }

    private static RuleViolation byStatus(Instrument instrument, ParticipationStatus status, TreatyAction action,
                                          String who) {
        String consent = instrument.cite(instrument.clauses().consentArticle());
        return switch (status) {
            case PARTY, SUSPENDED -> new RuleViolation(ALREADY_PARTY, "action", who + "; it is already a party and "
                    + "cannot be " + action + " again" + (action == TreatyAction.PROVISIONALLY_APPLIED
                    ? " (a declaration of provisional application made with the consent is recorded before it, "
                    + "on the same date)" : ""), consent);
            case SIGNATORY -> new RuleViolation(ALREADY_SIGNED, "action", who + "; it is already a signatory",
                    consent);
            case PROVISIONALLY_APPLYING -> action == TreatyAction.PROVISIONALLY_APPLIED
                    ? new RuleViolation(ALREADY_APPLYING_PROVISIONALLY, "action", who
                    + "; it already applies it provisionally", instrument.cite(instrument.clauses()
                    .provisionalArticle()))
                    : new RuleViolation(ALREADY_SIGNED, "action", who + "; it applies it provisionally and "
                    + "consents to be bound by ratification or accession", consent);
            case NOT_BECOMING_PARTY -> new RuleViolation(ParticipationRule.NOT_BECOMING_PARTY, "action", who
                    + "; it declared that it does not intend to become a party");
            case MEMBER -> new RuleViolation(ALREADY_MEMBER, "action", who + "; it is already a member");
            case ADHERENT -> new RuleViolation(ALREADY_ADHERENT, "action", who + "; it already adheres");
            case WITHDRAWN -> new RuleViolation(ParticipationRule.WITHDRAWN, "action", who + "; after withdrawal "
                    + "a state rejoins by accession (ACCEDED), consent (CONSENTED_TO_BE_BOUND), admission (JOINED) "
                    + "or adherence (ADHERED)", consent);
            case NONE -> new RuleViolation(STATUS_FORBIDS, "action", who + "; " + action + " requires the status "
                    + OPEN_FROM.get(action), consent);
        };
    }

    private static String verb(TreatyAction action) {
        return switch (action) {
            case SUSPENDED -> "suspend the instrument's operation";
            case REVOKED_CONSENT -> "revoke its consent";
            default -> "withdraw";
        };
    }

    private static Set<ParticipationStatus> union(Set<ParticipationStatus> a, Set<ParticipationStatus> b) {
        Set<ParticipationStatus> all = EnumSet.noneOf(ParticipationStatus.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
