package org.armscontrol.tracker.command.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.armscontrol.tracker.command.demo.DemoDataLoader;
import org.armscontrol.tracker.command.it.CommandSideIntegrationTest;
import org.armscontrol.tracker.command.web.TreatyActionRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data goes through the import: loaded at start and again, it is written once, with the Idempotency-Keys
 * and fingerprints the demo loader always used (so databases loaded by earlier versions get nothing new). A context
 * (and database) of its own, with the demo data enabled.
 */
@TestPropertySource(properties = "tracker.demo-data.enabled=true")
class DemoImportIT extends CommandSideIntegrationTest {

    @Autowired
    DemoImport demoImport;

    @Autowired
    ObjectMapper objectMapper;

    @Test
    void the_demo_data_loads_once_through_the_import_under_its_old_keys_and_fingerprints() throws Exception {
        // 19 facts and the 2 corrections that put Belarus's CCW ratification date and Protocol V consent right.
        assertThat(blrEvents()).as("loaded at start").isEqualTo(21);
        new DemoDataLoader(demoImport).run(null);

        assertThat(blrEvents()).as("a second load adds nothing").isEqualTo(21);
        assertThat(jdbc.queryForObject("SELECT fingerprint FROM command_side.idempotency_keys WHERE idempotency_key = ?",
                String.class, "demo-blr-ccw-signed")).isEqualTo(fingerprintAsTheDemoLoaderWroteIt("blr-ccw-signed"));
        assertThat(jdbc.queryForObject("SELECT recorded_by FROM command_side.idempotency_keys WHERE idempotency_key = ?",
                String.class, "demo-blr-ccw-signed")).isEqualTo("demo-loader");
    }

    /** SHA-256 of "POST /api/treaty-actions", the user and the body read as the request type, as it always was. */
    private String fingerprintAsTheDemoLoaderWroteIt(String key) throws Exception {
        JsonNode rows;
        try (InputStream in = new ClassPathResource("demo/belarus.json").getInputStream()) {
            rows = objectMapper.readTree(in).path("rows");
        }
        for (JsonNode row : rows) {
            if (row.path("key").asText().equals(key)) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update("POST /api/treaty-actions\ndemo-loader\n".getBytes(StandardCharsets.UTF_8));
                digest.update(objectMapper.writeValueAsBytes(objectMapper.treeToValue(row.path("body"),
                        TreatyActionRequest.class)));
                return HexFormat.of().formatHex(digest.digest());
            }
        }
        throw new IllegalStateException("no demo row " + key);
    }

    private long blrEvents() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM event_store.event_log WHERE payload->>'country' = 'BLR'",
                Long.class);
        return count == null ? 0 : count;
    }
}
