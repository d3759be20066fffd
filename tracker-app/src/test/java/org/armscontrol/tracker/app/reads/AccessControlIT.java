package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint × every role: 401 without credentials (and with wrong ones, everywhere), 403 for a role the
 * endpoint is not for, and for the roles it is for, an answer of the endpoint itself (never 401 or 403).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlIT extends ReadsIntegrationTest {

    private static final String ANONYMOUS = "(none)";
    private static final String WRONG_PASSWORD = "(wrong password)";
    private static final List<String> USERS = List.of(ANONYMOUS, WRONG_PASSWORD, "entry", "analyst", "auditor",
            "admin");
    private static final Set<String> EVERY_ROLE = Set.of("entry", "analyst", "auditor", "admin");
    private static final Set<String> DATA_ENTRY = Set.of("entry");
    private static final Set<String> AUDIT = Set.of("auditor", "admin");
    private static final Set<String> ADMIN = Set.of("admin");
    /** Clerks read their own imports' reports, auditors and admins every one. */
    private static final Set<String> IMPORT_REPORTS = Set.of("entry", "auditor", "admin");
    // Open to all; but wrong credentials are refused even there.
    private static final Set<String> PUBLIC = Set.of(ANONYMOUS, "entry", "analyst", "auditor", "admin");
    private static final String STATEMENT = "00000000-0000-4000-8000-000000000000";

    /** The endpoint table: method, path, who may call it. */
    static Stream<Arguments> endpointsAndUsers() {
        List<Arguments> cases = new ArrayList<>();
        List<Object[]> endpoints = List.of(
                new Object[]{"POST", "/api/treaty-actions", DATA_ENTRY},
                new Object[]{"POST", "/api/participations/BLR/CCM/corrections", DATA_ENTRY},
                new Object[]{"POST", "/api/participations/BLR/CCM/reservations", DATA_ENTRY},
                new Object[]{"POST", "/api/participations/BLR/CCM/reservations/R1/withdrawal", DATA_ENTRY},
                // The voids get "{}" (no reason): a 400 for those allowed, so nothing is voided.
                new Object[]{"POST", "/api/participations/BLR/CCM/reservations/R1/voids", DATA_ENTRY},
                new Object[]{"POST", "/api/statements", DATA_ENTRY},
                new Object[]{"POST", "/api/statements/" + STATEMENT + "/amendments", DATA_ENTRY},
                new Object[]{"POST", "/api/statements/" + STATEMENT + "/retraction", DATA_ENTRY},
                new Object[]{"POST", "/api/statements/probable-duplicates", DATA_ENTRY},
                new Object[]{"POST", "/api/stockpile-declarations", DATA_ENTRY},
                new Object[]{"POST", "/api/stockpiles/BLR/RBK-500/destructions", DATA_ENTRY},
                new Object[]{"POST", "/api/stockpiles/BLR/RBK-500/revisions", DATA_ENTRY},
                new Object[]{"POST", "/api/stockpiles/BLR/RBK-500/voids", DATA_ENTRY},
                new Object[]{"POST", "/api/votes", DATA_ENTRY},
                new Object[]{"POST", "/api/votes/BLR:A_RES_79_56/corrections", DATA_ENTRY},
                new Object[]{"POST", "/api/votes/BLR:A_RES_79_56/voids", DATA_ENTRY},
                new Object[]{"POST", "/api/imports?dryRun=true", DATA_ENTRY},
                new Object[]{"GET", "/api/imports", IMPORT_REPORTS},
                new Object[]{"GET", "/api/imports/" + STATEMENT, IMPORT_REPORTS},
                // "{}" is a 400 for admins: nothing is registered or amended.
                new Object[]{"POST", "/api/instruments", ADMIN},
                new Object[]{"POST", "/api/instruments/CCM/amendments", ADMIN},
                new Object[]{"GET", "/api/instruments", EVERY_ROLE},
                new Object[]{"GET", "/api/instruments/CCM", EVERY_ROLE},
                new Object[]{"GET", "/api/instruments/CCM/participants", EVERY_ROLE},
                new Object[]{"GET", "/api/countries/BLR/history", EVERY_ROLE},
                new Object[]{"GET", "/api/countries/BLR/position", EVERY_ROLE},
                new Object[]{"GET", "/api/countries/BLR/history?format=csv", EVERY_ROLE},
                new Object[]{"GET", "/api/countries/BLR/status-timeline", EVERY_ROLE},
                new Object[]{"GET", "/api/countries/BLR/profile", EVERY_ROLE},
                new Object[]{"GET", "/api/countries/BLR/profile?format=md", EVERY_ROLE},
                new Object[]{"GET", "/api/instruments/CCM/participants/timeline", EVERY_ROLE},
                new Object[]{"GET", "/api/statements", EVERY_ROLE},
                new Object[]{"GET", "/api/countries", EVERY_ROLE},
                new Object[]{"GET", "/api/vocabulary", EVERY_ROLE},
                new Object[]{"GET", "/api/compare?countries=BLR", EVERY_ROLE},
                new Object[]{"GET", "/api/compare/filters", EVERY_ROLE},
                new Object[]{"GET", "/api/session", PUBLIC},
                new Object[]{"GET", "/", PUBLIC},
                new Object[]{"GET", "/record.html", PUBLIC},
                new Object[]{"GET", "/profile.html", PUBLIC},
                new Object[]{"GET", "/api/admin/projections", EVERY_ROLE},
                // An invalid filter, so that the allowed roles get a 400 rather than a stream that never ends.
                new Object[]{"GET", "/api/subscriptions/stream?country=xx", EVERY_ROLE},
                new Object[]{"POST", "/api/subscriptions/webhooks", EVERY_ROLE},
                new Object[]{"GET", "/api/subscriptions/webhooks", EVERY_ROLE},
                new Object[]{"GET", "/api/subscriptions/webhooks/" + STATEMENT, EVERY_ROLE},
                new Object[]{"GET", "/api/subscriptions/webhooks/" + STATEMENT + "/deliveries", EVERY_ROLE},
                new Object[]{"DELETE", "/api/subscriptions/webhooks/" + STATEMENT, EVERY_ROLE},
                new Object[]{"GET", "/api/audit/events", AUDIT},
                new Object[]{"GET", "/api/audit/records/BLR:CCM/lineage", AUDIT},
                new Object[]{"GET", "/actuator/metrics", ADMIN},
                new Object[]{"GET", "/actuator/prometheus", ADMIN},
                new Object[]{"GET", "/actuator/health", PUBLIC},
                new Object[]{"GET", "/actuator/health/readiness", PUBLIC},
                new Object[]{"GET", "/actuator/health/liveness", PUBLIC},
                new Object[]{"GET", "/v3/api-docs", PUBLIC},
                // Last: it starts a rebuild of the read models (awaited at the end).
                new Object[]{"POST", "/api/admin/projections/replay", ADMIN});
        for (Object[] endpoint : endpoints) {
            for (String user : USERS) {
                cases.add(Arguments.of(endpoint[0], endpoint[1], user, endpoint[2]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @MethodSource("endpointsAndUsers")
    void only_the_roles_an_endpoint_is_for_may_call_it(String method, String path, String user,
                                                       Set<String> allowed) {
        RequestSpecification request = RestAssured.given().auth().none().contentType(ContentType.JSON).body("{}");
        if (WRONG_PASSWORD.equals(user)) {
            request = request.auth().preemptive().basic("admin", "not-the-password");
        } else if (!ANONYMOUS.equals(user)) {
            request = request.auth().preemptive().basic(user, user);
        }
        int status = request.request(method, path).statusCode();

        if (allowed.contains(user)) {
            assertThat(status).as("%s %s as %s", method, path, user).isNotIn(401, 403);
        } else if (ANONYMOUS.equals(user) || WRONG_PASSWORD.equals(user)) {
            assertThat(status).as("%s %s as %s", method, path, user).isEqualTo(401);
        } else {
            assertThat(status).as("%s %s as %s", method, path, user).isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "refusals are problems: {0}")
    @MethodSource("refusals")
    void refusals_are_problem_documents_with_a_challenge(String user, int status, String type) {
        RequestSpecification request = RestAssured.given().auth().none();
        if (user != null) {
            request = request.auth().preemptive().basic(user, user);
        }
        var response = request.get("/api/audit/events").then().statusCode(status)
                .contentType("application/problem+json").extract();
        assertThat(response.<String>path("type")).isEqualTo("urn:position-tracker:problem:" + type);
        if (status == 401) {
            assertThat(response.header("WWW-Authenticate")).startsWith("Basic realm=");
        }
    }

    static Stream<Arguments> refusals() {
        return Stream.of(Arguments.of(null, 401, "unauthenticated"), Arguments.of("analyst", 403, "forbidden"));
    }

    @AfterAll
    void awaitTheRebuildTheTableStarted() {
        awaitReadModelsCaughtUp();
    }
}
