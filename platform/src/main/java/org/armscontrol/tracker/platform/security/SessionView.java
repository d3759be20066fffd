package org.armscontrol.tracker.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;

import java.util.List;

/**
 * Who the caller is, as the web UI needs it: the user and roles (to show the pages the role allows), how this
 * tracker signs users in ({@code password} or {@code bearer-token}), and the CSRF token a session's writes carry.
 *
 * @param csrfHeader the header to send the token in; null where no token applies (bearer tokens)
 */
public record SessionView(boolean authenticated, String username, List<String> roles, String signIn,
                          String csrfHeader, String csrfToken) {

    static SessionView of(Authentication authentication, HttpServletRequest request) {
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        List<String> roles = signedIn ? authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .sorted().toList() : List.of();
        return new SessionView(signedIn, signedIn ? authentication.getName() : null, roles,
                token == null ? "bearer-token" : "password",
                token == null ? null : token.getHeaderName(), token == null ? null : token.getToken());
    }
}
