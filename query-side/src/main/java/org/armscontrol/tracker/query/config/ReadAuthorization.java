package org.armscontrol.tracker.query.config;

import org.armscontrol.tracker.platform.security.AuthorizationRules;
import org.armscontrol.tracker.platform.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Every role reads positions, histories and comparisons and may subscribe to changes (stream, webhooks: each user
 * sees their own webhooks, admins all); the audit endpoints are for auditors (and admins); rebuilding the read models
 * is for admins.
 */
@Component
class ReadAuthorization implements AuthorizationRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/audit/**").hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/admin/projections/replay").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/admin/projections").hasAnyRole(Role.all())
                .requestMatchers(HttpMethod.GET, "/api/instruments", "/api/instruments/**", "/api/countries",
                        "/api/countries/**", "/api/compare", "/api/compare/**",
                        "/api/statements", "/api/vocabulary").hasAnyRole(Role.all())
                .requestMatchers("/api/subscriptions/**").hasAnyRole(Role.all());
    }
}
