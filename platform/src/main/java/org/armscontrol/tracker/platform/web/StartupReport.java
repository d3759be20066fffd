package org.armscontrol.tracker.platform.web;

import org.springframework.beans.factory.ObjectProvider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;

/** Says, once the application is ready, where to point a browser and curl. */
public class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final ObjectProvider<SignInHint> signInHint;

    public StartupReport(ObjectProvider<SignInHint> signInHint) {
        this.signInHint = signInHint;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String title = env.getProperty("tracker.title", "Position tracker");
        String host = env.getProperty("server.address", "localhost");
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        String base = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port;
        SignInHint hint = signInHint.getIfAvailable();
        String signIn = hint != null ? hint.text() : "as a user of tracker.security.users (see the README)";
        // Only the application that bundles the web UI (tracker-app) has these pages.
        String webUi = new ClassPathResource("static/index.html").exists() ? base + "/" : "not in this application";
        log.info("""

                ----------------------------------------------------------------
                  {} is ready
                    Web UI:     {}
                    API:        {}/api
                    Swagger UI: {}/swagger-ui.html
                    OpenAPI:    {}/v3/api-docs
                    Health:     {}/actuator/health
                    Sign in:    {}
                ----------------------------------------------------------------""",
                title, webUi, base, base, base, base, signIn);
    }
}
