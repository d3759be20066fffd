package org.armscontrol.tracker.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Refuses a sign-in attempt (HTTP Basic credentials, or the web UI's sign-in form) for a user name or from an
 * address that {@link SignInThrottle} refuses, with 429 and Retry-After, before the password is checked. Requests
 * without credentials pass untouched.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final ObjectMapper mapper;

    SignInThrottleFilter(SignInThrottle throttle, ObjectMapper mapper) {
        this.throttle = throttle;
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = attemptedUsername(request);
        if (username.isPresent()) {
            Optional<Duration> refused = throttle.refusedFor(username.get(), request.getRemoteAddr());
            if (refused.isPresent()) {
                ProblemResponses.signInThrottled(mapper, request, response, refused.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The user name a request signs in as, if it tries to. */
    private static Optional<String> attemptedUsername(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // not Base64: BasicAuthenticationFilter refuses it
            }
        }
        if ("POST".equals(request.getMethod()) && BrowserSessions.SIGN_IN.equals(
                request.getRequestURI().substring(request.getContextPath().length()))) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        return Optional.empty();
    }
}
