package org.armscontrol.tracker.app;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The address the tracker's configuration resolves, as Spring Boot reads it (application.yml, arguments). */
class DemoListensOnLoopbackTest {

    @Test
    void the_embedded_demo_listens_on_the_loopback_address_only() {
        assertThat(serverAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void an_operator_exposes_the_demo_by_setting_server_address() {
        assertThat(serverAddress("--server.address=0.0.0.0")).isEqualTo("0.0.0.0");
    }

    @Test
    void with_an_external_database_the_address_is_left_to_the_operator() {
        assertThat(serverAddress("--spring.datasource.url=jdbc:postgresql://db.example.org:5432/tracker")).isNull();
    }

    private static String serverAddress(String... arguments) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NothingElse.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(arguments)) {
            return context.getEnvironment().getProperty("server.address");
        }
    }

    /** Only the environment is of interest: no bean of the tracker is created. */
    @Configuration(proxyBeanMethods = false)
    static class NothingElse {
    }
}
