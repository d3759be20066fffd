package org.armscontrol.tracker.shared.catalogue;

import org.armscontrol.tracker.shared.participation.TreatyAction;

import java.util.EnumSet;
import java.util.Set;

import static org.armscontrol.tracker.shared.participation.TreatyAction.ACCEDED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.ACCEPTED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.ADHERED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.CONSENTED_TO_BE_BOUND;
import static org.armscontrol.tracker.shared.participation.TreatyAction.DECLARED_NOT_TO_BECOME_PARTY;
import static org.armscontrol.tracker.shared.participation.TreatyAction.REVOKED_CONSENT;
import static org.armscontrol.tracker.shared.participation.TreatyAction.SUCCEEDED_TO_SIGNATURE;
import static org.armscontrol.tracker.shared.participation.TreatyAction.SUSPENDED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.APPROVED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.FORMALLY_CONFIRMED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.JOINED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.LEFT;
import static org.armscontrol.tracker.shared.participation.TreatyAction.PROVISIONALLY_APPLIED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.RATIFIED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.SIGNED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.SUCCEEDED;
import static org.armscontrol.tracker.shared.participation.TreatyAction.WITHDREW;

/** How a state comes to take part in an instrument, and therefore which actions are open to it. */
public enum JoiningProcedure {
    /**
     * Sign, then ratify (accept, approve; formally confirm, for an organisation); a non-signatory accedes; a new
     * state may succeed; a signatory may apply it provisionally where the instrument provides for it.
     */
    SIGNATURE_THEN_RATIFICATION(EnumSet.of(SIGNED, SUCCEEDED_TO_SIGNATURE, RATIFIED, ACCEPTED, APPROVED,
            FORMALLY_CONFIRMED, ACCEDED, SUCCEEDED, WITHDREW, PROVISIONALLY_APPLIED, REVOKED_CONSENT,
            DECLARED_NOT_TO_BECOME_PARTY, SUSPENDED)),
    /**
     * Consent to be bound without a signature stage, e.g. the CCW protocols and amendments: notified as such (P), or
     * by ratification, acceptance, approval, accession or succession.
     */
    CONSENT_TO_BE_BOUND(EnumSet.of(CONSENTED_TO_BE_BOUND, RATIFIED, ACCEPTED, APPROVED, FORMALLY_CONFIRMED, ACCEDED,
            SUCCEEDED, WITHDREW, REVOKED_CONSENT, SUSPENDED)),
    /** Admission as a member, e.g. the export-control regimes and the PSI. */
    MEMBERSHIP(EnumSet.of(JOINED, LEFT)),
    /** Subscription to a political commitment, e.g. the Hague Code of Conduct. */
    SUBSCRIPTION(EnumSet.of(ADHERED, LEFT)),
    /** Binding on every UN member without any act of the state, e.g. Security Council resolutions. */
    BINDING_ON_ALL(EnumSet.noneOf(TreatyAction.class));

    private final Set<TreatyAction> actions;

    JoiningProcedure(EnumSet<TreatyAction> actions) {
        this.actions = Set.copyOf(actions);
    }

    public Set<TreatyAction> actions() {
        return actions;
    }

    public boolean allows(TreatyAction action) {
        return actions.contains(action);
    }

    /** Whether ratification (acceptance, approval, formal confirmation) must be preceded by signature. */
    public boolean signatureRequired() {
        return this == SIGNATURE_THEN_RATIFICATION;
    }
}
