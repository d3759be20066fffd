package org.armscontrol.tracker.app.ui;

import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.armscontrol.tracker.app.TrackerApplication;
import org.armscontrol.tracker.testsupport.TestDatabaseInitializer;
import org.armscontrol.tracker.testsupport.TestUsersInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Failed sign-ins over real HTTP, by HTTP Basic and by the web UI's sign-in form: after 3 (here) for one user name
 * within the window, that name is refused with 429 and Retry-After for the lockout (2 s here), even with the right
 * password, while other names sign in; a success before that clears the count; 8 failures from one client address
 * refuse that address. Each test comes from an address of its own (through a proxy on loopback, X-Forwarded-For) and
 * waits out the lockouts it caused.
 */
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tracker.demo-data.enabled=false",
                "tracker.security.sign-in-throttle.max-failures=3",
                "tracker.security.sign-in-throttle.max-failures-per-address=8",
                "tracker.security.sign-in-throttle.window=1m",
                "tracker.security.sign-in-throttle.lockout=2s"})
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestUsersInitializer.class})
class SignInThrottleIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort
    int port;

    /** The client's address, as the proxy in front of the tracker tells it. */
    private String address;

    @BeforeEach
    void fromAnAddressOfItsOwn() {
        RestAssured.port = port;
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        address = "203.0.113." + ADDRESSES.incrementAndGet();
    }

    private RequestSpecification client() {
        return RestAssured.given().header("X-Forwarded-For", address);
    }

    @Test
    void three_wrong_passwords_by_basic_refuse_the_name_for_a_while_even_with_the_right_one() {
        for (int i = 0; i < 3; i++) {
            basic("carol", "not carol").statusCode(401);
        }

        Response refused = client().auth().preemptive().basic("carol", "carol").get("/api/session");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<String>path("type")).isEqualTo("urn:position-tracker:problem:sign-in-throttled");
        assertThat(refused.<String>path("field")).isEqualTo("username");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 2);
        // The count is the name's, whatever its case; another name signs in.
        client().auth().preemptive().basic("CAROL", "carol").get("/api/session").then().statusCode(429);
        basic("dave", "dave").statusCode(200).body("username", equalTo("dave"));

        awaitSignIn("carol");
    }

    @Test
    void a_successful_sign_in_clears_the_count() {
        basic("dave", "not dave").statusCode(401);
        basic("dave", "not dave").statusCode(401);
        basic("dave", "dave").statusCode(200);
        basic("dave", "not dave").statusCode(401);
        basic("dave", "not dave").statusCode(401);

        basic("dave", "dave").statusCode(200);
    }

    @Test
    void the_sign_in_form_counts_and_is_refused_alike() {
        CookieFilter browser = new CookieFilter();
        for (int i = 0; i < 3; i++) {
            signIn(browser, "bob", "not bob").then().statusCode(401).body("field", equalTo("password"));
        }

        signIn(browser, "bob", "bob").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("type", equalTo("urn:position-tracker:problem:sign-in-throttled"));
        // The name is refused by Basic too: one count per name, however it signs in.
        basic("bob", "bob").statusCode(429);

        awaitSignIn("bob");
        signIn(new CookieFilter(), "bob", "bob").then().statusCode(200).body("username", equalTo("bob"));
    }

    @Test
    void many_failures_from_one_address_refuse_it_whatever_the_name() {
        for (String user : new String[]{"writer-1", "writer-2", "writer-3", "writer-4"}) {
            basic(user, "wrong").statusCode(401);
            basic(user, "wrong").statusCode(401);
        }

        // Eight failures from this address, none three for one name: the address is refused.
        basic("writer-5", "writer-5").statusCode(429);

        awaitSignIn("writer-5");
    }

    private ValidatableResponse basic(String user, String password) {
        return client().auth().preemptive().basic(user, password).get("/api/session").then();
    }

    private Response signIn(CookieFilter browser, String user, String password) {
        String token = client().filter(browser).get("/api/session").then().statusCode(200)
                .extract().path("csrfToken");
        return client().filter(browser).contentType(ContentType.URLENC).header("X-CSRF-TOKEN", token)
                .formParam("username", user).formParam("password", password).post("/api/session/sign-in");
    }

    /** The lockout ends by itself. */
    private void awaitSignIn(String user) {
        await(user + " signs in again").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> client().auth().preemptive().basic(user, user).get("/api/session").statusCode() == 200);
    }
}
