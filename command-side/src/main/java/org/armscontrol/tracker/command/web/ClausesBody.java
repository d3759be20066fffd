package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.catalogue.EntryIntoForceRule;
import org.armscontrol.tracker.shared.catalogue.FinalClauses;
import org.armscontrol.tracker.shared.catalogue.ProvisionalApplication;
import org.armscontrol.tracker.shared.catalogue.WithdrawalNotice;

/**
 * An instrument's final clauses in a registration: entryIntoForce required, the rest optional (an amendment's are
 * {@link ClauseAmendmentBody}).
 */
@Schema(description = "What the final clauses say of the acts open to states")
public record ClausesBody(
        @Schema(example = "Art. 15-16", description = "cited when a consent is refused") String consentArticle,
        EntryIntoForceBody entryIntoForce,
        @Schema(example = "Art. 20") String withdrawalArticle,
        @Schema(description = "how long after notification a withdrawal takes effect") DelayBody withdrawalNotice,
        @Schema(example = "AT_CONSENT", allowableValues = {"NOT_PROVIDED", "AT_CONSENT", "AT_SIGNATURE_OR_CONSENT"})
        String provisionalApplication,
        @Schema(example = "Art. 18") String provisionalArticle,
        @Schema(description = "acceptance and approval open to a state that did not sign") Boolean
                acceptanceWithoutSignature,
        @Schema(description = "a party may notify the suspension of its operation") Boolean suspension) {

    static FinalClauses required(FieldParser parser, ClausesBody body) {
        if (body == null) {
            parser.add("clauses", "clauses is required (at least clauses.entryIntoForce)");
            return null;
        }
        EntryIntoForceRule rule = body.entryIntoForce == null ? missing(parser)
                : body.entryIntoForce.toRule(parser, "clauses.entryIntoForce");
        WithdrawalNotice notice = body.notice(parser);
        ProvisionalApplication provisional = body.provisional(parser);
        if (rule == null || !parser.isValid()) {
            return null;
        }
        return new FinalClauses(body.consentArticle, rule, body.withdrawalArticle, notice,
                provisional == null ? ProvisionalApplication.NOT_PROVIDED : provisional, body.provisionalArticle,
                Boolean.TRUE.equals(body.acceptanceWithoutSignature), Boolean.TRUE.equals(body.suspension));
    }

    private static EntryIntoForceRule missing(FieldParser parser) {
        parser.add("clauses.entryIntoForce", "clauses.entryIntoForce is required, e.g. {\"counting\": "
                + "\"FROM_DEPOSIT\", \"delay\": {\"days\": 30}, \"early\": \"LATER_OF_THE_TWO\"}");
        return null;
    }

    private WithdrawalNotice notice(FieldParser parser) {
        return parser.optional("clauses.withdrawalNotice", withdrawalNotice,
                () -> new WithdrawalNotice(withdrawalNotice.toDelay()));
    }

    private ProvisionalApplication provisional(FieldParser parser) {
        return parser.optional("clauses.provisionalApplication", provisionalApplication,
                () -> FieldParser.constant(ProvisionalApplication.class, "provisionalApplication",
                        provisionalApplication));
    }
}
