package org.armscontrol.tracker.command.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.armscontrol.tracker.command.web.DemoWrites;
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
 * Loads the demo data set (built from the two seed documents) through the same path as the HTTP writes, each
 * entry under an Idempotency-Key of its own, so that loading it on every start adds nothing after the first.
 * Enabled by {@code tracker.demo-data.enabled=true} (the embedded default does).
 */
@Component
@ConditionalOnProperty(name = "tracker.demo-data.enabled", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String RESOURCE = "demo/belarus.json";

    private final DemoWrites writes;
    private final ObjectMapper objectMapper;

    public DemoDataLoader(DemoWrites writes, ObjectMapper objectMapper) {
        this.writes = writes;
        this.objectMapper = objectMapper;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        JsonNode entries;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            entries = objectMapper.readTree(in).path("entries");
        }
        int added = 0;
        for (JsonNode entry : entries) {
            if (!writes.write(entry.path("kind").asText(), entry.path("key").asText(), entry.path("body")).replayed()) {
                added++;
            }
        }
        log.info("Demo data ({}): {} entries, {} newly recorded, {} already present",
                RESOURCE, entries.size(), added, entries.size() - added);
    }
}
