package org.armscontrol.tracker.app.ui;

import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.armscontrol.tracker.app.FreshCountries;
import org.armscontrol.tracker.app.TrackerApplication;
import org.armscontrol.tracker.testsupport.TestDatabaseInitializer;
import org.armscontrol.tracker.testsupport.TestUsersInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The web UI's sign-in over real HTTP: a session opened once by user name and password, whose writes must carry
 * the session's CSRF token, while API clients (HTTP Basic) keep authenticating each request without a session and
 * without a token. It shares the application of the read tests (same configuration), hence fresh countries.
 */
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tracker.demo-data.enabled=false")
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestUsersInitializer.class})
class BrowserSessionIT {

    private static final String TREATY_ACTION = """
            {"country": "%s", "instrument": "CCM", "action": "SIGNED", "date": "2008-12-03",
             "source": {"citation": "UN Treaty Collection, CCM status"}}""";

    @LocalServerPort
    int port;

    /** Plays the browser: keeps the cookies it is given. */
    private CookieFilter browser;

    @BeforeEach
    void newBrowser() {
        RestAssured.port = port;
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        browser = new CookieFilter();
    }

    private RequestSpecification fromBrowser() {
        return RestAssured.given().filter(browser);
    }

    private String csrfToken() {
        return fromBrowser().get("/api/session").then().statusCode(200).extract().path("csrfToken");
    }

    private Response signIn(String user, String password, String token) {
        RequestSpecification request = fromBrowser().contentType(ContentType.URLENC)
                .formParam("username", user).formParam("password", password);
        return (token == null ? request : request.header("X-CSRF-TOKEN", token)).post("/api/session/sign-in");
    }

    @Test
    void beforeSignInTheSessionSaysNobodyAndHowToSignIn() {
        fromBrowser().get("/api/session").then().statusCode(200)
                .body("authenticated", equalTo(false))
                .body("username", nullValue())
                .body("signIn", equalTo("password"))
                .body("csrfHeader", equalTo("X-CSRF-TOKEN"));
    }

    @Test
    void signingInOpensASessionThatReadsAndWritesAsTheUser() {
        signIn("bob", "bob", csrfToken()).then().statusCode(200)
                .body("username", equalTo("bob")).body("roles[0]", equalTo("DATA_ENTRY"));
        // The CSRF token changes at sign-in: the page asks for it again.
        String token = fromBrowser().get("/api/session").then().body("authenticated", equalTo(true))
                .extract().path("csrfToken");

        String country = FreshCountries.next();
        fromBrowser().header("X-CSRF-TOKEN", token).contentType(ContentType.JSON).body(TREATY_ACTION.formatted(country))
                .post("/api/treaty-actions").then().statusCode(201);
        RestAssured.given().auth().preemptive().basic("auditor", "auditor")
                .get("/api/audit/events?country=" + country).then().statusCode(200)
                .body("events[0].recordedBy", equalTo("bob"));
        fromBrowser().get("/api/countries/" + country + "/history").then().statusCode(200);
    }

    @Test
    void theSessionCookieIsSecureWhenTheRequestCameOverHttpsThroughAProxy() {
        String token = csrfToken();
        String overHttps = fromBrowser().header("X-Forwarded-Proto", "https").contentType(ContentType.URLENC)
                .header("X-CSRF-TOKEN", token).formParam("username", "bob").formParam("password", "bob")
                .post("/api/session/sign-in").then().statusCode(200).extract().header("Set-Cookie");
        org.assertj.core.api.Assertions.assertThat(overHttps).contains("TRACKER_SESSION=").contains("Secure");
        newBrowser();
        String overHttp = signIn("bob", "bob", csrfToken()).then().statusCode(200).extract().header("Set-Cookie");
        org.assertj.core.api.Assertions.assertThat(overHttp).contains("TRACKER_SESSION=").doesNotContain("Secure");
    }

    @Test
    void aSessionsWriteWithoutTheCsrfTokenIsRefused() {
        signIn("bob", "bob", csrfToken()).then().statusCode(200);

        String country = FreshCountries.next();
        fromBrowser().contentType(ContentType.JSON).body(TREATY_ACTION.formatted(country))
                .post("/api/treaty-actions").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:position-tracker:problem:csrf-token-missing"));
        fromBrowser().header("X-CSRF-TOKEN", "forged").contentType(ContentType.JSON)
                .body(TREATY_ACTION.formatted(country)).post("/api/treaty-actions").then().statusCode(403);
        RestAssured.given().auth().preemptive().basic("admin", "admin").get("/api/audit/events?country=" + country)
                .then().body("events.size()", equalTo(0));
    }

    /** A form on another site can send parameters but not headers: only the header counts. */
    @Test
    void theCsrfTokenCountsOnlyAsTheHeaderNotAsAParameter() {
        fromBrowser().contentType(ContentType.URLENC).formParam("username", "bob").formParam("password", "bob")
                .formParam("_csrf", csrfToken()).post("/api/session/sign-in").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:position-tracker:problem:csrf-token-missing"));
        signIn("bob", "bob", csrfToken()).then().statusCode(200);

        String country = FreshCountries.next();
        fromBrowser().queryParam("_csrf", csrfToken()).contentType(ContentType.JSON)
                .body(TREATY_ACTION.formatted(country)).post("/api/treaty-actions").then().statusCode(403)
                .body("type", equalTo("urn:position-tracker:problem:csrf-token-missing"));
        fromBrowser().contentType(ContentType.URLENC).formParam("_csrf", csrfToken())
                .post("/api/session/sign-out").then().statusCode(403);
        fromBrowser().get("/api/session").then().body("authenticated", equalTo(true));
    }

    /** Scripts, styles and connections only from the tracker itself; no framing; no plugins. */
    @Test
    void pagesAndAnswersCarryAContentSecurityPolicy() {
        for (String path : List.of("/sign-in.html", "/", "/assets/app.js", "/api/session")) {
            String policy = fromBrowser().get(path).then().statusCode(200).extract()
                    .header("Content-Security-Policy");
            assertThat(policy).as(path).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                    "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'").doesNotContain("unsafe");
        }
    }

    /** Errors raised before any controller (the firewall, the servlet container's error page) are problems too. */
    @Test
    void pathsTheFirewallRejectsAndTheErrorPageAnswerProblems() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/api//countries/BLR/position", "/api/countries/BLR;x=1/position",
                "/api/countries/BLR%2F..%2FNPT/position", "/api/countries/BLR%5C..%5CNPT/position",
                "/api/countries/BLR/position%3Bx")) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + path)).header("Authorization", basic("analyst")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(answer.body()).as(path).contains("\"type\":\"urn:position-tracker:problem:invalid-request\"");
        }
        for (String authorization : java.util.Arrays.asList(basic("analyst"), null)) {
            RequestSpecification request = RestAssured.given();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            request.get("/error").then().statusCode(404).contentType("application/problem+json")
                    .body("status", equalTo(404))
                    .body("type", equalTo("urn:position-tracker:problem:not-found"));
        }
    }

    /** Tomcat refuses a request with 20 KB of headers before any filter: as a problem, not its HTML page. */
    @Test
    void anOverLongHeaderIsAProblemNotTomcatsPage() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/instruments"))
                .header("Authorization", basic("analyst")).header("X-Padding", "a".repeat(20 * 1024)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"type\":\"urn:position-tracker:problem:invalid-request\"",
                "\"status\":400", "\"field\":\"request\"").doesNotContain("<html");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'"));
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + user)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void signingInNeedsTheTokenSoThatNoOtherSiteCanSignABrowserIn() {
        signIn("bob", "bob", null).then().statusCode(403)
                .body("type", equalTo("urn:position-tracker:problem:csrf-token-missing"));
        fromBrowser().get("/api/session").then().body("authenticated", equalTo(false));
    }

    @Test
    void aWrongPasswordIsA401ProblemNamingThePasswordField() {
        signIn("bob", "not bob", csrfToken()).then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:position-tracker:problem:sign-in-failed"))
                .body("field", equalTo("password"));
        fromBrowser().get("/api/session").then().body("authenticated", equalTo(false));
    }

    @Test
    void signingOutEndsTheSession() {
        signIn("analyst", "analyst", csrfToken()).then().statusCode(200);
        String token = csrfToken();

        fromBrowser().header("X-CSRF-TOKEN", token).post("/api/session/sign-out").then().statusCode(204);

        fromBrowser().get("/api/countries/BLR/position").then().statusCode(401);
        fromBrowser().get("/api/session").then().body("authenticated", equalTo(false));
    }

    @Test
    void basicClientsGetNoSessionAndNeedNoToken() {
        String country = FreshCountries.next();
        Response write = RestAssured.given().auth().preemptive().basic("alice", "alice").contentType(ContentType.JSON)
                .body(TREATY_ACTION.formatted(country)).post("/api/treaty-actions");
        write.then().statusCode(201);
        Response read = RestAssured.given().auth().preemptive().basic("analyst", "analyst")
                .get("/api/countries/" + country + "/position");
        read.then().statusCode(200);

        org.assertj.core.api.Assertions.assertThat(write.getHeaders().getValues("Set-Cookie")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(read.getHeaders().getValues("Set-Cookie")).isEmpty();
        RestAssured.given().auth().preemptive().basic("analyst", "analyst").get("/api/session").then()
                .body("authenticated", equalTo(true)).body("username", equalTo("analyst"));
    }

    @Test
    void theWebUiIsServedToEveryoneAndTheDataOnlyToUsers() {
        RestAssured.given().get("/").then().statusCode(200).contentType(startsWith("text/html"));
        RestAssured.given().get("/assets/app.js").then().statusCode(200);
        RestAssured.given().get("/webjars/chart.js/dist/chart.umd.min.js").then().statusCode(200);
        RestAssured.given().get("/api/countries/BLR/history").then().statusCode(401);
    }

    /**
     * The firewall refuses before the security filters run, which add the Content-Security-Policy to every other
     * answer: its refusals carry the policy too, and a method it does not take is a 405 naming the method, not a
     * refused path.
     */
    @Test
    void theFirewallsRefusalsCarryThePolicyAndTellAMethodFromAPath() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/api//countries/BLR/position", "/sign-in.html;x=1", "/assets/app.js%2F")) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'",
                            "frame-ancestors 'none'"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        for (String method : List.of("TRACE", "BREW")) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/instruments")).header("Authorization", basic("analyst"))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(method).isEqualTo(405);
            assertThat(answer.headers().firstValue("Content-Type")).as(method).hasValue("application/problem+json");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(method).isPresent();
            assertThat(answer.body()).as(method).contains("\"type\":\"urn:position-tracker:problem:method-not-allowed\"",
                    "\"field\":\"method\"").doesNotContain("path");
        }
    }
}
