package org.armscontrol.tracker.shared.catalogue;

import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * An entry of the instrument catalogue.
 *
 * @param id                  the id used everywhere in the API
 * @param shortName           the name analysts use ("Protocol V")
 * @param name                the full title
 * @param kind                what sort of instrument it is
 * @param joining             how a state takes part, hence which actions are open
 * @param openedOn            when states could first act: opened for signature (treaties), adopted (protocols
 *                            joined by consent to be bound, resolutions), established (regimes, codes, initiatives)
 * @param signatureOpenUntil  the last day a signature was possible, where the instrument closes signature (usually
 *                            at entry into force), else null
 * @param entryIntoForce      when it entered into force, or null (not yet, or not applicable)
 * @param parent              the instrument this one is annexed to (CCW for its protocols), or null
 * @param depositary          who keeps the instrument's record ("Secretary-General of the United Nations"), or null
 * @param depositaryReference the depositary's reference of its status table (UN Treaty Collection: "XXVI-6"), or null
 * @param clauses             what its final clauses say of the acts open to states
 */
public record Instrument(InstrumentId id, String shortName, String name, InstrumentKind kind,
                         JoiningProcedure joining, ValidDate openedOn, LocalDate signatureOpenUntil,
                         LocalDate entryIntoForce, InstrumentId parent, String depositary, String depositaryReference,
                         FinalClauses clauses) {

    /** The actions a state can take on this instrument: those of its joining procedure that its clauses allow. */
    public Set<TreatyAction> actions() {
        Set<TreatyAction> actions = EnumSet.noneOf(TreatyAction.class);
        for (TreatyAction action : joining.actions()) {
            if (allows(action)) {
                actions.add(action);
            }
        }
        return Set.copyOf(actions);
    }

    public boolean allows(TreatyAction action) {
        if (!joining.allows(action)) {
            return false;
        }
        return switch (action) {
            case PROVISIONALLY_APPLIED -> clauses.provisionalApplication().provided();
            case SUSPENDED -> clauses.suspension();
            default -> true;
        };
    }

    /** Whether {@code action}, a consent, must follow a signature on this instrument. */
    public boolean signatureRequiredFor(TreatyAction action) {
        if (!joining.signatureRequired() || !TreatyAction.RATIFICATION_FORMS.contains(action)) {
            return false;
        }
        return !(clauses.acceptanceWithoutSignature()
                && (action == TreatyAction.ACCEPTED || action == TreatyAction.APPROVED));
    }

    public boolean signatureRequired() {
        return joining.signatureRequired();
    }

    public EntryIntoForceRule entryIntoForceRule() {
        return clauses.entryIntoForce();
    }

    public WithdrawalNotice withdrawalNotice() {
        return clauses.withdrawalNotice();
    }

    public Optional<LocalDate> entryIntoForceDate() {
        return Optional.ofNullable(entryIntoForce);
    }

    public Optional<WithdrawalNotice> withdrawalNoticePeriod() {
        return Optional.ofNullable(clauses.withdrawalNotice());
    }

    /**
     * When {@code action} on {@code date} takes effect: {@code given} where the record gives it (withdrawals and
     * departures only), else, for a withdrawal, after the instrument's notice period (a notification known only to
     * its month or year gets no default), else on its date.
     */
    public ValidDate effectiveDateOf(TreatyAction action, ValidDate date, ValidDate given) {
        if (given != null) {
            return given;
        }
        if (action != TreatyAction.WITHDREW) {
            return date;
        }
        return withdrawalNoticePeriod().map(notice -> notice.effectiveDate(date)).orElse(date);
    }

    /** "CCM Art. 18", or the id alone where the article is not known. */
    public String cite(String article) {
        return article == null ? id.value() : id.value() + " " + article;
    }

    /**
     * The day the instrument enters into force for a state by {@code action} taken (deposited, or taking effect) on
     * {@code date}: by its rule for a consent to be bound, on that date (or the instrument's entry into force if
     * later) for a succession, which binds the successor from the date it gives; from joining for a membership or
     * subscription. Empty for actions that bind nothing (signature, provisional application, withdrawal) and while
     * the instrument itself is not in force (CTBT).
     */
    public Optional<LocalDate> entryIntoForceFor(TreatyAction action, LocalDate date) {
        ParticipationStatus status = action.resultingStatus();
        if (status == ParticipationStatus.MEMBER || status == ParticipationStatus.ADHERENT) {
            return Optional.of(date);
        }
        if (status != ParticipationStatus.PARTY) {
            return Optional.empty();
        }
        if (action == TreatyAction.SUCCEEDED) {
            return entryIntoForceDate().map(inForce -> date.isAfter(inForce) ? date : inForce);
        }
        return clauses.entryIntoForce().forState(date, entryIntoForce);
    }
}
