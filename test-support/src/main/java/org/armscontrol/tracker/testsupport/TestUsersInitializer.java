package org.armscontrol.tracker.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives a Spring test context the {@link TestUsers}, and a sign-in throttle too lax to trigger: the tests send wrong
 * credentials on purpose, hundreds of times, all from one address. A test of the throttle sets its own limits.
 */
public class TestUsersInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(TestUsers.properties()).applyTo(context);
        if (!context.getEnvironment().containsProperty("tracker.security.sign-in-throttle.max-failures")) {
            TestPropertyValues.of("tracker.security.sign-in-throttle.max-failures=1000000",
                    "tracker.security.sign-in-throttle.max-failures-per-address=1000000").applyTo(context);
        }
    }
}
