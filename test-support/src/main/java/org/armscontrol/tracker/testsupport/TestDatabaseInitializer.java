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
                "spring.datasource.password=" + database.password()
        ).applyTo(context);
        // Disposable beans are destroyed in reverse order of registration: registered first, this one goes last,
        // after the connection pool has closed.
        ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                .registerDisposableBean("testDatabase." + database.name(), database::close);
    }
}
