package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import org.armscontrol.tracker.query.config.QuerySideConfiguration;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;

/** GET /actuator/prometheus: what an operator's Prometheus scrapes, and who may scrape it. */
class MetricsIT extends ReadsIntegrationTest {

    private static final String PROCESSOR = "processor=\"" + QuerySideConfiguration.READ_MODELS + "\"";

    @Test
    void an_admin_scrapes_the_read_models_lag_axons_processor_metrics_and_the_http_timings() {
        treatyAction(freshCountry(), "CCW", "SIGNED", "1981-04-10");
        awaitReadModelsCaughtUp();

        String scrape = RestAssured.get("/actuator/prometheus").then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(scrape)
                // The tracker's own gauges: caught up, no rebuild.
                .contains("tracker_read_models_lag_events{" + PROCESSOR + "} 0")
                .contains("tracker_read_models_rebuilding{" + PROCESSOR + "} 0")
                // Axon's (axon-micrometer): the read-model processor's latency and its handlers' timings.
                .containsPattern("(?m)^eventProcessor_latency\\{processorName=\"" + QuerySideConfiguration.READ_MODELS + "\"} \\d")
                .containsPattern("(?m)^eventProcessor_processedCounter_total\\{payloadType=\"TreatySigned\","
                        + "processorName=\"" + QuerySideConfiguration.READ_MODELS + "\"} [1-9]")
                .containsPattern("(?m)^eventProcessor_successTimer_seconds_count\\{[^}]*processorName=\""
                        + QuerySideConfiguration.READ_MODELS + "\"")
                // Spring's: HTTP timings per route.
                .containsPattern("(?m)^http_server_requests_seconds_count\\{[^}]*uri=\"/api/treaty-actions\"");
    }

    @Test
    void only_admins_may_scrape() {
        as("alice").get("/actuator/prometheus").then().statusCode(403);
        RestAssured.given().auth().none().get("/actuator/prometheus").then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
