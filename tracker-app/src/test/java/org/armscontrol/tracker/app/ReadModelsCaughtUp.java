package org.armscontrol.tracker.app;

import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.equalTo;

/** Waits, through GET /api/admin/projections, until the read models have handled every event and no rebuild runs. */
public final class ReadModelsCaughtUp {

    private ReadModelsCaughtUp() {
    }

    /** @param asAdmin a new request to the query side, signed in as a user who may read the projections' state */
    public static void await(Supplier<RequestSpecification> asAdmin, Duration timeout) {
        org.awaitility.Awaitility.await("read models caught up").atMost(timeout).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> asAdmin.get().get("/api/admin/projections").then().statusCode(200)
                        .body("processors[0].lag", equalTo(0))
                        .body("processors[0].replaying", equalTo(false)));
    }
}
