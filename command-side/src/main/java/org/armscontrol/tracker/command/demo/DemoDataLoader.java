package org.armscontrol.tracker.command.demo;

import org.armscontrol.tracker.command.imports.DemoImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;

/**
 * Loads the demo data set (built from the two seed documents, an import JSON file) through the import, as the user
 * {@code demo-loader}, each row under an Idempotency-Key of its own, so that loading it on every start adds nothing
 * after the first. Enabled by {@code tracker.demo-data.enabled=true} (the embedded default does).
 */
@Component
// Before the reference data, which then finds the demo's depositary facts recorded and keeps them once.
@org.springframework.core.annotation.Order(1)
@ConditionalOnProperty(name = "tracker.demo-data.enabled", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String RESOURCE = "demo/belarus.json";

    private final DemoImport demoImport;

    public DemoDataLoader(DemoImport demoImport) {
        this.demoImport = demoImport;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        byte[] file;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            file = in.readAllBytes();
        }
        DemoImport.Summary load = demoImport.load(file);
        if (!load.errors().isEmpty()) {
            throw new IllegalStateException("The demo data (" + RESOURCE + ") has rows the tracker refuses: "
                    + load.errors());
        }
        log.info("Demo data ({}): {} entries, {} newly recorded, {} already present",
                RESOURCE, load.rows(), load.accepted(), load.alreadyImported());
    }
}
