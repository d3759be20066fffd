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
 * @param id                     the id used everywhere in the API
 * @param shortName              the name analysts use ("Protocol V")
 * @param name                   the full title
 * @param kind                   what sort of instrument it is
 * @param joining                how a state takes part, hence which actions are open
 * @param openedOn               when states could first act: opened for signature (treaties), adopted (protocols
 *                               joined by consent to be bound, resolutions), established (regimes, codes,
 *                               initiatives)
 * @param signatureOpenUntil     the last day a signature was possible, where the instrument closes signature
 *                               (usually at entry into force), else null
 * @param entryIntoForce         when it entered into force, or null (not yet, or not applicable)
 * @param parent                 the instrument this one is annexed to (CCW for its protocols), or null
 * @param entryIntoForceRule     when it enters into force for a state that consents to be bound or joins
 * @param withdrawalNotice       how long after its notification a withdrawal takes effect, or null (no notice
 *                               period: a departure takes effect on its date)
 * @param provisionalApplication whether a signatory may declare that it applies the instrument provisionally
 *                               pending ratification (ATT Art. 23)
 */
public record Instrument(InstrumentId id, String shortName, String name, InstrumentKind kind,
                         JoiningProcedure joining, ValidDate openedOn, LocalDate signatureOpenUntil,
                         LocalDate entryIntoForce, InstrumentId parent, EntryIntoForceRule entryIntoForceRule,
                         WithdrawalNotice withdrawalNotice, boolean provisionalApplication) {

    /** The actions a state can take on this instrument: those of its joining procedure that it provides for. */
    public Set<TreatyAction> actions() {
        Set<TreatyAction> actions = EnumSet.noneOf(TreatyAction.class);
        actions.addAll(joining.actions());
        if (!provisionalApplication) {
            actions.remove(TreatyAction.PROVISIONALLY_APPLIED);
        }
        return Set.copyOf(actions);
    }

    public boolean allows(TreatyAction action) {
        return joining.allows(action) && (action != TreatyAction.PROVISIONALLY_APPLIED || provisionalApplication);
    }

    public boolean signatureRequired() {
        return joining.signatureRequired();
    }

    public Optional<LocalDate> entryIntoForceDate() {
        return Optional.ofNullable(entryIntoForce);
    }

    public Optional<WithdrawalNotice> withdrawalNoticePeriod() {
        return Optional.ofNullable(withdrawalNotice);
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
        return entryIntoForceRule.forState(date, entryIntoForce);
    }
}
