package org.armscontrol.tracker.shared.catalogue;

/** Whether and when an instrument's final clauses let a state apply it provisionally, pending entry into force. */
public enum ProvisionalApplication {
    /** The instrument does not provide for it. */
    NOT_PROVIDED,
    /** Any state, at its ratification, acceptance, approval or accession (CCM Art. 18, Mine Ban Treaty Art. 18). */
    AT_CONSENT,
    /** Any state, at its signature or at its ratification, acceptance, approval or accession (ATT Art. 23). */
    AT_SIGNATURE_OR_CONSENT;

    public boolean provided() {
        return this != NOT_PROVIDED;
    }
}
