package org.armscontrol.tracker.app;

import org.armscontrol.tracker.platform.security.Role;
import org.armscontrol.tracker.platform.security.TrackerSecurityProperties;
import org.armscontrol.tracker.platform.security.TrackerUsers;
import org.armscontrol.tracker.platform.web.SignInHint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The embedded default's demo users, one per role, each with its name as password: {@code entry} (DATA_ENTRY),
 * {@code analyst}, {@code auditor}, {@code admin}. Only with the embedded database (never against an external one)
 * and only when {@code tracker.security.users} names nobody: configuring users replaces them.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlConfigured.class)
class DemoUsersConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoUsersConfiguration.class);

    @Bean
    TrackerUsers demoUsers(TrackerSecurityProperties properties) {
        if (!properties.users().isEmpty()) {
            return List::of;
        }
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        List<TrackerSecurityProperties.User> users = Arrays.stream(Role.values())
                .map(role -> {
                    String name = role == Role.DATA_ENTRY ? "entry" : role.name().toLowerCase(Locale.ROOT);
                    return new TrackerSecurityProperties.User(name, bcrypt.encode(name), Set.of(role));
                })
                .toList();
        log.warn("DEMO CREDENTIALS: users entry/entry (DATA_ENTRY), analyst/analyst, auditor/auditor and admin/admin "
                + "exist because this is the embedded demo. To use your own users and passwords, set "
                + "tracker.security.users (see the README); then these are not created.");
        return () -> users;
    }

    @Bean
    SignInHint demoSignInHint(TrackerSecurityProperties properties) {
        return () -> properties.users().isEmpty()
                ? "entry/entry, analyst/analyst, auditor/auditor, admin/admin (DEMO credentials)"
                : "as a user of tracker.security.users";
    }
}
