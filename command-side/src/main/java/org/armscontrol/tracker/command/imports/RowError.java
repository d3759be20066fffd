package org.armscontrol.tracker.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.armscontrol.tracker.platform.web.FieldProblem;
import org.springframework.http.ProblemDetail;

import java.util.List;
import java.util.Map;

/**
 * Why a row was rejected: the problem its single write would have answered (status, type, title, detail, the
 * {@code field} at fault with every invalid field in {@code errors}, the {@code rule} broken), plus, for a CSV
 * file, the {@code column} that holds the field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowError(int status, String type, String title, String detail, String field, String column,
                       String rule, List<FieldProblem> errors) {

    static RowError of(ProblemDetail problem, ImportFormat format) {
        Map<String, Object> properties = problem.getProperties() == null ? Map.of() : problem.getProperties();
        String field = properties.get("field") instanceof String name ? name : null;
        List<FieldProblem> errors = properties.get("errors") instanceof List<?> list ? list.stream()
                .map(error -> (Map<?, ?>) error)
                .map(error -> new FieldProblem(String.valueOf(error.get("field")), String.valueOf(error.get("message"))))
                .toList() : null;
        return new RowError(problem.getStatus(), String.valueOf(problem.getType()), problem.getTitle(),
                problem.getDetail(), field, format == ImportFormat.CSV ? CsvColumns.columnOf(field) : null,
                properties.get("rule") instanceof String rule ? rule : null, errors);
    }
}
