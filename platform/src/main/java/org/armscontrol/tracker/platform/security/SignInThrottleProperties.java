package org.armscontrol.tracker.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Throttling of failed sign-ins ({@code tracker.security.sign-in-throttle.*}).
 *
 * @param maxFailures           failed sign-ins of one user name within {@code window} that refuse it for {@code lockout}
 * @param maxFailuresPerAddress failed sign-ins from one client address (of any names) that refuse that address
 * @param window                how long a failure counts
 * @param lockout               how long sign-ins are then refused (429 with Retry-After)
 * @param maxTracked            names and addresses remembered at most (the oldest are forgotten first)
 */
@ConfigurationProperties("tracker.security.sign-in-throttle")
public record SignInThrottleProperties(@DefaultValue("5") int maxFailures,
                                       @DefaultValue("20") int maxFailuresPerAddress,
                                       @DefaultValue("15m") Duration window,
                                       @DefaultValue("5m") Duration lockout,
                                       @DefaultValue("100000") long maxTracked) {

    public SignInThrottleProperties {
        if (maxFailures < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("tracker.security.sign-in-throttle: max-failures and "
                    + "max-failures-per-address must be at least 1");
        }
    }
}
