package org.armscontrol.tracker.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.armscontrol.tracker.platform.web.ProblemType;
import org.armscontrol.tracker.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

/** 401 and 403 as RFC 7807 problems, like every other error of the API. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    /** 401, with the challenge of the sign-in scheme in use ({@code Basic} or {@code Bearer}). */
    static AuthenticationEntryPoint unauthenticated(ObjectMapper mapper, String challenge) {
        return (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
            write(mapper, request, response, HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHENTICATED,
                    "sign in first: " + (challenge.startsWith("Basic") ? "HTTP Basic with a user name and password"
                            : "a bearer token from the identity provider") + (e.getMessage() == null ? ""
                            : " (" + e.getMessage() + ")"));
        };
    }

    static AccessDeniedHandler forbidden(ObjectMapper mapper) {
        return (request, response, e) -> {
            if (e instanceof CsrfException) {
                write(mapper, request, response, HttpStatus.FORBIDDEN, ProblemType.CSRF_TOKEN_MISSING,
                        "a request riding on a browser session must send the session's token in the "
                                + BrowserSessions.CSRF_HEADER + " header (GET /api/session tells it)");
            } else {
                write(mapper, request, response, HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN,
                        "your role does not allow " + request.getMethod() + " " + request.getRequestURI());
            }
        };
    }

    /**
     * A request the firewall refuses: 405 for a method it does not take ({@code TRACE}, {@code BREW}), else 400 for
     * its path; the path is not echoed (it is what is wrong). The firewall runs before the security filters, so the
     * headers they add to every other answer (the Content-Security-Policy, {@code nosniff}) are written here.
     */
    static RequestRejectedHandler rejected(ObjectMapper mapper, Set<String> allowedMethods, HeaderWriter headers) {
        return (request, response, e) -> {
            ProblemDetail problem = allowedMethods.contains(request.getMethod())
                    ? Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST, "path",
                    "the request's path is refused: it must not contain '//', ';', '..', a backslash, an encoded "
                            + "'/', '\\', '%' or '.', nor control characters")
                    : Problems.forField(HttpStatus.METHOD_NOT_ALLOWED, ProblemType.METHOD_NOT_ALLOWED, "method",
                    "this method is not taken; the tracker answers " + String.join(", ", allowedMethods));
            headers.writeHeaders(request, response);
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            mapper.writeValue(response.getOutputStream(), problem);
        };
    }

    /** 401 for a failed sign-in of the web UI; which of the two was wrong is not said. */
    static void signInFailed(ObjectMapper mapper, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, ProblemType.SIGN_IN_FAILED,
                "the user name or the password is wrong");
        problem.setProperty("field", "password");
        write(mapper, request, response, problem);
    }

    /** 429 for a sign-in refused after too many failures, with when to try again (whole seconds, rounded up). */
    static void signInThrottled(ObjectMapper mapper, HttpServletRequest request, HttpServletResponse response,
                                java.time.Duration retryAfter) throws IOException {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        ProblemDetail problem = Problems.forField(HttpStatus.TOO_MANY_REQUESTS, ProblemType.SIGN_IN_THROTTLED,
                "username", "too many failed sign-ins for this user name or from this address; try again in "
                        + seconds + " s");
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        write(mapper, request, response, problem);
    }

    private static void write(ObjectMapper mapper, HttpServletRequest request, HttpServletResponse response,
                              HttpStatus status, ProblemType type, String detail) throws IOException {
        write(mapper, request, response, Problems.of(status, type, detail));
    }

    private static void write(ObjectMapper mapper, HttpServletRequest request, HttpServletResponse response,
                              ProblemDetail problem) throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
    }
}
