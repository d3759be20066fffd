package org.armscontrol.tracker.testsupport;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives a Spring test context a fresh database on a real PostgreSQL: use it with
 * {@code @ContextConfiguration(initializers = TestDatabaseInitializer.class)}. The database is dropped after the
 * context has closed its connection pool.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestDatabase.createWithoutExitHook();
        TestPropertyValues.of(
                "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                // Test contexts stay cached, many at once: an idle one keeps one connection, not ten, so that the
                // suite (and several builds on one machine) stays under the server's max_connections.
                "spring.datasource.hikari.minimum-idle=1",
                "spring.datasource.hikari.idle-timeout=10000"
        ).applyTo(context);
        // Disposable beans are destroyed in reverse order of registration: registered first, this one goes last,
        // after the connection pool has closed.
        ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                .registerDisposableBean("testDatabase." + database.name(), database::close);
    }
}
