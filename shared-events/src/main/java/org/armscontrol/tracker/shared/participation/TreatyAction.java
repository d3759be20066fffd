package org.armscontrol.tracker.shared.participation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a state did with respect to an instrument, as the depositary or the regime records it, each kind kept
 * distinct, with the marker the UN Treaty Collection's participant tables print beside its date where it has one
 * ({@code A} acceptance, {@code AA} approval, {@code a} accession, {@code d} succession, {@code n} declaration of
 * provisional application, {@code P} consent to be bound, {@code c} formal confirmation). Which kinds an instrument
 * allows, and from which status, is the instrument's final clauses' business (see the participation rules).
 */
public enum TreatyAction {
    SIGNED(ParticipationStatus.SIGNATORY, null),
    RATIFIED(ParticipationStatus.PARTY, null),
    ACCEPTED(ParticipationStatus.PARTY, "A"),
    APPROVED(ParticipationStatus.PARTY, "AA"),
    ACCEDED(ParticipationStatus.PARTY, "a"),
    SUCCEEDED(ParticipationStatus.PARTY, "d"),
    /** Notification of withdrawal (denunciation); it takes effect on its effective date. */
    WITHDREW(ParticipationStatus.WITHDRAWN, null),
    JOINED(ParticipationStatus.MEMBER, null),
    LEFT(ParticipationStatus.WITHDRAWN, null),
    ADHERED(ParticipationStatus.ADHERENT, null),
    /** A declaration that the state applies the instrument (or some of its articles) pending its entry into force. */
    PROVISIONALLY_APPLIED(ParticipationStatus.PROVISIONALLY_APPLYING, "n"),
    /** Formal confirmation: an international organisation's consent to be bound, the equivalent of ratification. */
    FORMALLY_CONFIRMED(ParticipationStatus.PARTY, "c"),
    /** Notification of consent to be bound, e.g. by a protocol or an amendment of the CCW (CCW Art. 4(3), 8). */
    CONSENTED_TO_BE_BOUND(ParticipationStatus.PARTY, "P"),
    /** A new state succeeded to the signature its predecessor had made; it may ratify or notify succession. */
    SUCCEEDED_TO_SIGNATURE(ParticipationStatus.SIGNATORY, null),
    /** A ratification (or other consent) revoked before the instrument entered into force for the state. */
    REVOKED_CONSENT(ParticipationStatus.SIGNATORY, null),
    /** A signatory declared that it does not intend to become a party (released from its signature's obligations). */
    DECLARED_NOT_TO_BECOME_PARTY(ParticipationStatus.NOT_BECOMING_PARTY, null),
    /** A party notified the suspension of the instrument's operation in its relations, where the instrument allows. */
    SUSPENDED(ParticipationStatus.SUSPENDED, null);

    /**
     * The forms of consent to be bound that follow a signature: ratification, acceptance, approval by a state,
     * formal confirmation by an international organisation.
     */
    public static final Set<TreatyAction> RATIFICATION_FORMS =
            Set.copyOf(EnumSet.of(RATIFIED, ACCEPTED, APPROVED, FORMALLY_CONFIRMED));

    /** Every act by which a state becomes bound. */
    public static final Set<TreatyAction> CONSENTS = Set.copyOf(EnumSet.of(RATIFIED, ACCEPTED, APPROVED,
            FORMALLY_CONFIRMED, ACCEDED, SUCCEEDED, CONSENTED_TO_BE_BOUND));

    /** The acts that make a state a signatory. */
    public static final Set<TreatyAction> SIGNATURES = Set.copyOf(EnumSet.of(SIGNED, SUCCEEDED_TO_SIGNATURE));

    private final ParticipationStatus resultingStatus;
    private final String untcMarker;

    TreatyAction(ParticipationStatus resultingStatus, String untcMarker) {
        this.resultingStatus = resultingStatus;
        this.untcMarker = untcMarker;
    }

    /** The status of the state once this action takes effect. */
    public ParticipationStatus resultingStatus() {
        return resultingStatus;
    }

    /** The marker the UN Treaty Collection prints beside the date of this kind of action, if it has one. */
    public Optional<String> untcMarker() {
        return Optional.ofNullable(untcMarker);
    }

    /** The kind of action the UN Treaty Collection marks so among consents ({@code a}: ACCEDED; none: RATIFIED). */
    public static Optional<TreatyAction> ofUntcMarker(String marker) {
        for (TreatyAction action : values()) {
            if (action.untcMarker != null && action.untcMarker.equals(marker)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    /** Whether the action ends participation (withdrawal, leaving a regime or code). */
    public boolean endsParticipation() {
        return resultingStatus == ParticipationStatus.WITHDRAWN;
    }
}
