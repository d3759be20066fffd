package org.armscontrol.tracker.app.audit;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** With {@code tracker.audit.checkpoint-interval} set, the query side takes checkpoints by itself, when needed. */
@TestPropertySource(properties = "tracker.audit.checkpoint-interval=PT0.5S")
class CheckpointScheduleIT extends IntegrityIntegrationTest {

    @Test
    void a_checkpoint_is_taken_after_a_change_and_none_while_nothing_changes() throws InterruptedException {
        treatyAction("EST", "CCW", "ACCEDED", "2000-04-20");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                RestAssured.get("/api/audit/checkpoints/1").then().statusCode(200).body("events", equalTo(1)));
        Thread.sleep(1_500);

        assertThat(verify().getLong("checkpoints")).as("nothing changed since checkpoint 1").isEqualTo(1);
        treatyAction("EST", "CCW-P5", "ACCEDED", "2011-06-07");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                RestAssured.get("/api/audit/checkpoints/2").then().statusCode(200).body("events", equalTo(2)));
        assertThat(verify().getBoolean("verified")).isTrue();
    }
}
