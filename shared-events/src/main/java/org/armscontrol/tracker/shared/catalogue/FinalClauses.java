package org.armscontrol.tracker.shared.catalogue;

import java.util.Objects;

/**
 * What an instrument's final clauses say of the acts open to states, beyond its joining procedure: where they are in
 * the text (cited in refusals), when it enters into force for a state, how a withdrawal takes effect, provisional
 * application, and the openings some instruments make that others do not.
 *
 * @param consentArticle           the article on signature, ratification, acceptance, approval, accession
 *                                 ("Art. 15-16"), cited when a consent is refused
 * @param entryIntoForce           when it enters into force for a state that consents to be bound or joins
 * @param withdrawalArticle        the article on withdrawal (denunciation), or null where there is none
 * @param withdrawalNotice         how long after notification a withdrawal takes effect, or null
 * @param provisionalApplication   whether and when a state may apply it provisionally
 * @param provisionalArticle       the article providing for provisional application, or null
 * @param acceptanceWithoutSignature whether acceptance and approval are open to a state that did not sign (the
 *                                 depositary then records them like accessions, as for the CWC and the CCW)
 * @param suspension               whether a party may notify the suspension of its operation
 */
public record FinalClauses(String consentArticle, EntryIntoForceRule entryIntoForce, String withdrawalArticle,
                           WithdrawalNotice withdrawalNotice, ProvisionalApplication provisionalApplication,
                           String provisionalArticle, boolean acceptanceWithoutSignature, boolean suspension) {

    public FinalClauses {
        Objects.requireNonNull(entryIntoForce, "entryIntoForce");
        Objects.requireNonNull(provisionalApplication, "provisionalApplication");
    }

    /** Clauses of a regime, code or initiative: in force from joining, no notice, nothing else. */
    public static FinalClauses ofMembership() {
        return new FinalClauses(null, EntryIntoForceRule.onJoining(), null, null,
                ProvisionalApplication.NOT_PROVIDED, null, false, false);
    }

    /** Clauses of a treaty: where consent is governed, entry into force for a state, withdrawal. */
    public static FinalClauses of(String consentArticle, EntryIntoForceRule entryIntoForce, String withdrawalArticle,
                                  Delay withdrawalNotice) {
        return new FinalClauses(consentArticle, entryIntoForce, withdrawalArticle,
                withdrawalNotice == null ? null : new WithdrawalNotice(withdrawalNotice),
                ProvisionalApplication.NOT_PROVIDED, null, false, false);
    }

    public FinalClauses withProvisionalApplication(ProvisionalApplication when, String article) {
        return new FinalClauses(consentArticle, entryIntoForce, withdrawalArticle, withdrawalNotice, when, article,
                acceptanceWithoutSignature, suspension);
    }

    public FinalClauses withAcceptanceWithoutSignature() {
        return new FinalClauses(consentArticle, entryIntoForce, withdrawalArticle, withdrawalNotice,
                provisionalApplication, provisionalArticle, true, suspension);
    }
}
