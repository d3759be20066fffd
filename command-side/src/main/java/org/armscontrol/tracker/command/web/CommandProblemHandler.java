package org.armscontrol.tracker.command.web;

import org.armscontrol.tracker.command.idempotency.IdempotencyKeyReusedException;
import org.armscontrol.tracker.command.rules.RuleViolation;
import org.armscontrol.tracker.command.rules.UnknownRecordException;
import org.armscontrol.tracker.platform.web.ProblemType;
import org.armscontrol.tracker.platform.web.Problems;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers the failures of commands: broken rules, stale versions, conflicts, unknown records, reused keys. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CommandProblemHandler {

    @ExceptionHandler(RuleViolation.class)
    public ResponseEntity<ProblemDetail> ruleViolated(RuleViolation e) {
        ProblemDetail problem = e.field()
                .map(field -> Problems.forField(HttpStatus.CONFLICT, ProblemType.RULE_VIOLATED, field, e.getMessage()))
                .orElseGet(() -> Problems.of(HttpStatus.CONFLICT, ProblemType.RULE_VIOLATED, e.getMessage()));
        problem.setProperty("rule", e.rule());
        e.clause().ifPresent(clause -> problem.setProperty("clause", clause));
        return respond(problem);
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    public ResponseEntity<ProblemDetail> staleVersion(ConflictingAggregateVersionException e) {
        ProblemDetail problem = Problems.forField(HttpStatus.CONFLICT, ProblemType.STALE_VERSION,
                WriteRequestResolver.IF_MATCH, "If-Match gives version " + e.getExpectedVersion()
                        + " but the record is at version " + e.getActualVersion() + "; read it again and retry");
        problem.setProperty("currentVersion", e.getActualVersion());
        return respond(problem);
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    public ResponseEntity<ProblemDetail> concurrent(RuntimeException e) {
        return respond(Problems.of(HttpStatus.CONFLICT, ProblemType.CONCURRENT_MODIFICATION,
                "The record was changed by another writer at the same moment, and retrying did not settle it; "
                        + "nothing was recorded by this request. Retry."));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND,
                "No record " + e.getAggregateIdentifier() + " exists"));
    }

    @ExceptionHandler(UnknownRecordException.class)
    public ResponseEntity<ProblemDetail> unknownPart(UnknownRecordException e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    public ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException e) {
        return respond(Problems.forField(HttpStatus.UNPROCESSABLE_ENTITY, ProblemType.IDEMPOTENCY_KEY_REUSED,
                WriteRequestResolver.IDEMPOTENCY_KEY, e.getMessage()));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
