package org.armscontrol.tracker.platform.web;

import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.util.List;
import java.util.Map;

/**
 * Builds RFC 7807 problem bodies the same way everywhere: a stable type, a title, a detail for humans, and the
 * {@code field} (plus {@code errors[]}) that a client needs to point at what was wrong.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        return problem;
    }

    /** A problem about one field. */
    public static ProblemDetail forField(HttpStatusCode status, ProblemType type, String field, String detail) {
        return forFields(status, type, List.of(new FieldProblem(field, detail)));
    }

    /** A problem about several fields; {@code field} names the first, {@code errors} lists them all. */
    public static ProblemDetail forFields(HttpStatusCode status, ProblemType type, List<FieldProblem> problems) {
        ProblemDetail problem = of(status, type, problems.size() == 1
                ? problems.get(0).message()
                : problems.size() + " fields are invalid: " + String.join("; ",
                problems.stream().map(p -> p.field() + ": " + p.message()).toList()));
        if (!problems.isEmpty()) {
            problem.setProperty("field", problems.get(0).field());
        }
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "message", p.message()))
                .toList());
        return problem;
    }
}
