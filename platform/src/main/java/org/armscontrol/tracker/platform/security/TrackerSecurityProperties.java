package org.armscontrol.tracker.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Set;

/**
 * How users sign in ({@code tracker.security.*}).
 *
 * @param mode  {@code basic}: HTTP Basic with the {@code users} below; {@code jwt}: OAuth2/OIDC bearer tokens, checked
 *              with Spring's {@code spring.security.oauth2.resourceserver.jwt.*} settings
 * @param users the users of the basic mode; passwords bcrypt-hashed ({@code {bcrypt}$2a$10$...} or a bare
 *              {@code $2a$}/{@code $2y$} hash)
 * @param jwt   where a token carries the user's name and roles
 */
@ConfigurationProperties("tracker.security")
public record TrackerSecurityProperties(@DefaultValue("basic") Mode mode, @DefaultValue List<User> users,
                                        @DefaultValue Jwt jwt) {

    public enum Mode { BASIC, JWT }

    public record User(String username, String password, Set<Role> roles) {
    }

    /**
     * @param usernameClaim the claim naming the user (recorded as recordedBy)
     * @param rolesClaim    the claim listing the user's roles (DATA_ENTRY, ANALYST, AUDITOR, ADMIN)
     */
    public record Jwt(@DefaultValue("preferred_username") String usernameClaim,
                      @DefaultValue("roles") String rolesClaim) {
    }
}
