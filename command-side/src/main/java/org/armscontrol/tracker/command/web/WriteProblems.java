package org.armscontrol.tracker.command.web;

import org.armscontrol.tracker.command.idempotency.IdempotencyKeyReusedException;
import org.armscontrol.tracker.command.rules.RuleViolation;
import org.armscontrol.tracker.command.rules.UnknownRecordException;
import org.armscontrol.tracker.platform.web.InvalidRequestException;
import org.armscontrol.tracker.platform.web.ProblemType;
import org.armscontrol.tracker.platform.web.Problems;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The problem a single write would have answered for a failure of {@link BodyWrites}: the same status, type, detail,
 * field and rule, built by the same handlers. Anything unexpected is logged and answered as an internal error.
 */
@Component
public class WriteProblems {

    private static final Logger log = LoggerFactory.getLogger(WriteProblems.class);

    private final CommandProblemHandler commandProblems;

    public WriteProblems(CommandProblemHandler commandProblems) {
        this.commandProblems = commandProblems;
    }

    public ProblemDetail of(RuntimeException e) {
        if (e instanceof InvalidRequestException invalid) {
            return Problems.forFields(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST, invalid.problems());
        }
        if (e instanceof InvalidValueException invalid) {
            return Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST,
                    invalid.property().orElse("request"), invalid.getMessage());
        }
        if (e instanceof RuleViolation violation) {
            return commandProblems.ruleViolated(violation).getBody();
        }
        if (e instanceof ConflictingAggregateVersionException stale) {
            return commandProblems.staleVersion(stale).getBody();
        }
        if (e instanceof ConcurrencyException || e instanceof AggregateStreamCreationException) {
            return commandProblems.concurrent(e).getBody();
        }
        if (e instanceof AggregateNotFoundException notFound) {
            return commandProblems.notFound(notFound).getBody();
        }
        if (e instanceof UnknownRecordException unknown) {
            return commandProblems.unknownPart(unknown).getBody();
        }
        if (e instanceof IdempotencyKeyReusedException reused) {
            return commandProblems.keyReused(reused).getBody();
        }
        log.error("Unexpected failure of a write without HTTP", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemType.INTERNAL_ERROR,
                "The write failed unexpectedly; nothing was recorded for it. Quote the correlation id when reporting "
                        + "this.");
    }
}
