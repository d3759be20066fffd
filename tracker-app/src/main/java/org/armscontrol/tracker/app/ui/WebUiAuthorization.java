package org.armscontrol.tracker.app.ui;

import org.armscontrol.tracker.platform.security.AuthorizationRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The web UI's files (src/main/resources/static) are public: they hold no data, and the sign-in page must load
 * before anyone is signed in. Every datum they show comes from the API, which checks the user's role as always.
 */
@Component
class WebUiAuthorization implements AuthorizationRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/", "/*.html", "/assets/**", "/webjars/**", "/favicon.ico")
                .permitAll();
    }
}
