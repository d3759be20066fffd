package org.armscontrol.tracker.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in for the web UI: a user name and password posted once to {@value #SIGN_IN} open a session (a cookie), so
 * that the browser is not asked for, nor keeps, the password, and bcrypt runs once per sign-in rather than once per
 * request. API clients keep sending {@code Authorization} on every request and never get a session.
 * <p>
 * A cookie is sent by the browser whatever page makes the request, so a write riding on a session must carry the
 * session's CSRF token ({@code X-CSRF-TOKEN}, from {@code GET /api/session}). Requests with an {@code Authorization}
 * header cannot be forged that way and need none; neither do requests without a session cookie, which a session
 * cannot authenticate. The sign-in itself always needs one, so that no other site can sign a browser in.
 */
final class BrowserSessions {

    static final String SIGN_IN = "/api/session/sign-in";
    static final String SIGN_OUT = "/api/session/sign-out";
    static final String CSRF_HEADER = "X-CSRF-TOKEN";

    private BrowserSessions() {
    }

    static void configure(HttpSecurity http, ObjectMapper mapper) throws Exception {
        RequestMatcher signIn = request -> "POST".equals(request.getMethod()) && SIGN_IN.equals(path(request));
        RequestMatcher sessionWrite = request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getRequestedSessionId() != null;
        // The plain handler: the token travels in a header, never in a page, so BREACH masking buys nothing. Only
        // the header counts: another site's form can send a _csrf parameter, never a header.
        CsrfTokenRequestAttributeHandler tokenHandler = new CsrfTokenRequestAttributeHandler() {
            @Override
            public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
                return request.getHeader(csrfToken.getHeaderName());
            }
        };
        http.csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> signIn.matches(request)
                        || sessionWrite.matches(request))
                        .csrfTokenRequestHandler(tokenHandler))
                .formLogin(form -> form.loginProcessingUrl(SIGN_IN)
                        .successHandler((request, response, authentication) -> {
                            response.setStatus(HttpStatus.OK.value());
                            response.setContentType("application/json");
                            mapper.writeValue(response.getOutputStream(), SessionView.of(authentication, request));
                        })
                        .failureHandler((request, response, e) -> ProblemResponses.signInFailed(mapper, request,
                                response))
                        .permitAll())
                .logout(logout -> logout.logoutUrl(SIGN_OUT)
                        .logoutSuccessHandler((request, response, authentication) ->
                                response.setStatus(HttpStatus.NO_CONTENT.value())));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
