package org.armscontrol.tracker.platform.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Declares in the API document how a client signs in, as the security configuration in force does it (HTTP Basic,
 * or a bearer JWT), and that every operation requires it: Swagger UI then offers its Authorize button, and
 * linters find each operation's security.
 */
final class ApiDocumentSecurity {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    private ApiDocumentSecurity() {
    }

    static OpenApiCustomizer of(TrackerSecurityProperties.Mode mode) {
        boolean basic = mode == TrackerSecurityProperties.Mode.BASIC;
        String name = basic ? BASIC : BEARER;
        SecurityScheme scheme = basic
                ? new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("a user name and password of the configuration")
                : new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("a token of the configured issuer, its roles in the configured claim");
        return document -> {
            if (document.getComponents() == null) {
                document.setComponents(new Components());
            }
            document.getComponents().addSecuritySchemes(name, scheme);
            document.addSecurityItem(new SecurityRequirement().addList(name));
        };
    }
}
