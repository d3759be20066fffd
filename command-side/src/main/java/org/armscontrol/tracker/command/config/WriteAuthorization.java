package org.armscontrol.tracker.command.config;

import org.armscontrol.tracker.platform.security.AuthorizationRules;
import org.armscontrol.tracker.platform.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Only data-entry staff record facts and their corrections, one by one or by the file (imports and their reports);
 * only admins register and amend instruments (the catalogue every rule reads).
 */
@Component
class WriteAuthorization implements AuthorizationRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/treaty-actions", "/api/participations/**",
                        "/api/statements", "/api/statements/*/amendments", "/api/statements/*/retraction",
                        "/api/statements/probable-duplicates",
                        "/api/stockpile-declarations", "/api/stockpiles/**",
                        "/api/votes", "/api/votes/*/corrections", "/api/votes/*/voids")
                .hasRole(Role.DATA_ENTRY.name());
        // Clerks read the reports of their own imports; auditors and admins read every one (ImportReaders).
        requests.requestMatchers(HttpMethod.GET, "/api/imports", "/api/imports/**")
                .hasAnyRole(Role.DATA_ENTRY.name(), Role.AUDITOR.name(), Role.ADMIN.name());
        requests.requestMatchers("/api/imports", "/api/imports/**").hasRole(Role.DATA_ENTRY.name());
        requests.requestMatchers(HttpMethod.POST, "/api/instruments", "/api/instruments/*/amendments")
                .hasRole(Role.ADMIN.name());
    }
}
