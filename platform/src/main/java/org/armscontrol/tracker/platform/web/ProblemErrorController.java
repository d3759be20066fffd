package org.armscontrol.tracker.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page, in place of Spring Boot's: errors that no controller answered (a
 * {@code sendError} from a filter or the container) are RFC 7807 problems like the others, with the status they had
 * and no internals. Asked for directly, {@code /error} is not a resource: 404 (Boot's answered 500 with status 999).
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden // the container's error path, not an operation of the API
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        ProblemDetail problem;
        if (status == null) {
            status = code == null ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
            problem = code == null ? Problems.of(status, ProblemType.NOT_FOUND, "No resource at /error")
                    : Problems.of(status, ProblemType.INTERNAL_ERROR, "The request failed");
        } else {
            ProblemType type = status == HttpStatus.NOT_FOUND ? ProblemType.NOT_FOUND
                    : status == HttpStatus.PAYLOAD_TOO_LARGE ? ProblemType.PAYLOAD_TOO_LARGE
                    : status == HttpStatus.METHOD_NOT_ALLOWED ? ProblemType.METHOD_NOT_ALLOWED
                    : status == HttpStatus.UNAUTHORIZED ? ProblemType.UNAUTHENTICATED
                    : status == HttpStatus.FORBIDDEN ? ProblemType.FORBIDDEN
                    : status.is5xxServerError() ? ProblemType.INTERNAL_ERROR : ProblemType.INVALID_REQUEST;
            problem = Problems.of(status, type, "The request was answered " + status.value() + " "
                    + status.getReasonPhrase() + " before reaching the API");
        }
        return ResponseEntity.status(status).body(problem);
    }
}
