package org.armscontrol.tracker.query.web;

import org.armscontrol.tracker.platform.web.ProblemType;
import org.armscontrol.tracker.platform.web.Problems;
import org.armscontrol.tracker.query.admin.ReplayNotPossibleException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The query side's own errors as RFC 7807 problems. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class QueryProblemHandler {

    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(ReadModelsRebuildingException.class)
    ResponseEntity<ProblemDetail> rebuilding(ReadModelsRebuildingException e) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.READ_MODELS_REBUILDING,
                e.getMessage());
        problem.setProperty("replayProgress", e.progress());
        problem.setProperty("progressAt", "/api/admin/projections");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    @ExceptionHandler(ReplayNotPossibleException.class)
    ResponseEntity<ProblemDetail> replayNotPossible(ReplayNotPossibleException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(HttpStatus.CONFLICT, ProblemType.REPLAY_NOT_POSSIBLE, e.getMessage()));
    }
}
