package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.catalogue.EntryIntoForceRule;
import org.armscontrol.tracker.shared.catalogue.InstrumentChanges.ClauseChanges;
import org.armscontrol.tracker.shared.catalogue.ProvisionalApplication;
import org.armscontrol.tracker.shared.catalogue.WithdrawalNotice;

import java.util.Optional;
import java.util.Set;

/**
 * The final clauses an amendment changes: absent keeps a clause, a value replaces it, and null removes an optional
 * one (the articles, the withdrawal notice, provisional application, which then reads NOT_PROVIDED).
 */
@Schema(description = "The clauses that change; null removes an optional one")
public record ClauseAmendmentBody(
        @Schema(type = "string", nullable = true, example = "Art. 15-16") Optional<String> consentArticle,
        @Schema(description = "replaces the whole rule") EntryIntoForceBody entryIntoForce,
        @Schema(type = "string", nullable = true, example = "Art. 20") Optional<String> withdrawalArticle,
        @Schema(implementation = DelayBody.class, nullable = true) Optional<DelayBody> withdrawalNotice,
        @Schema(type = "string", nullable = true,
                allowableValues = {"NOT_PROVIDED", "AT_CONSENT", "AT_SIGNATURE_OR_CONSENT"})
        Optional<String> provisionalApplication,
        @Schema(type = "string", nullable = true, example = "Art. 18") Optional<String> provisionalArticle,
        Boolean acceptanceWithoutSignature,
        Boolean suspension) {

    static ClauseChanges changes(FieldParser parser, ClauseAmendmentBody body, Set<String> removed) {
        if (body == null) {
            return null;
        }
        EntryIntoForceRule rule = body.entryIntoForce == null ? null
                : body.entryIntoForce.toRule(parser, "clauses.entryIntoForce");
        WithdrawalNotice notice = parser.optional("clauses.withdrawalNotice", given(body.withdrawalNotice),
                () -> new WithdrawalNotice(body.withdrawalNotice.get().toDelay()));
        ProvisionalApplication provisional = parser.optional("clauses.provisionalApplication",
                given(body.provisionalApplication), () -> FieldParser.constant(ProvisionalApplication.class,
                        "provisionalApplication", body.provisionalApplication.get()));
        remember(removed, "clauses.consentArticle", body.consentArticle);
        remember(removed, "clauses.withdrawalArticle", body.withdrawalArticle);
        remember(removed, "clauses.withdrawalNotice", body.withdrawalNotice);
        remember(removed, "clauses.provisionalApplication", body.provisionalApplication);
        remember(removed, "clauses.provisionalArticle", body.provisionalArticle);
        return new ClauseChanges(given(body.consentArticle), rule, given(body.withdrawalArticle), notice,
                provisional, given(body.provisionalArticle), body.acceptanceWithoutSignature, body.suspension);
    }

    /** The value given, or null where the field is absent or null. */
    static <T> T given(Optional<T> field) {
        return field == null ? null : field.orElse(null);
    }

    /** Notes a field sent as null: the amendment removes it. */
    static void remember(Set<String> removed, String name, Optional<?> field) {
        if (field != null && field.isEmpty()) {
            removed.add(name);
        }
    }
}
