package org.armscontrol.tracker.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.armscontrol.tracker.testsupport.TestDatabaseInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * With {@code tracker.security.mode=jwt}, users sign in with bearer tokens of an identity provider: the token's
 * roles claim gives the roles, its preferred_username the recorder. (The provider is played by a key pair made
 * here; in production Spring's {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} points at it.)
 */
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tracker.demo-data.enabled=false", "tracker.security.mode=jwt"})
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, JwtSignInIT.IdentityProvider.class})
class JwtSignInIT {

    private static final KeyPair KEYS = rsaKeys();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void pointRestAssuredAtTheApplication() {
        RestAssured.port = port;
    }

    @Test
    void a_data_entry_token_writes_and_its_user_is_the_recorder() throws JOSEException {
        String token = token("maria", List.of("DATA_ENTRY"), Instant.now().plusSeconds(300));
        String participation = RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                        {"country": "NOR", "instrument": "CCM", "action": "SIGNED", "date": "2008-12-03",
                         "source": {"citation": "UN Treaty Collection"}}""")
                .post("/api/treaty-actions").then().statusCode(201).extract().path("participationId");

        assertThat(jdbc.queryForObject("SELECT metadata->>'recordedBy' FROM event_store.event_log "
                + "WHERE aggregate_id = ?", String.class, participation)).isEqualTo("maria");
    }

    @Test
    void the_api_document_declares_that_every_operation_takes_a_bearer_token() {
        RestAssured.get("/v3/api-docs").then().statusCode(200)
                .body("components.securitySchemes.bearerAuth.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearerAuth.bearerFormat", equalTo("JWT"))
                .body("components.securitySchemes.basicAuth", nullValue());
    }

    @Test
    void the_web_ui_learns_that_users_sign_in_with_a_token_and_who_the_token_names() throws JOSEException {
        RestAssured.get("/api/session").then().statusCode(200)
                .body("authenticated", equalTo(false)).body("signIn", equalTo("bearer-token"))
                .body("csrfToken", nullValue());
        String token = token("ines", List.of("AUDITOR", "ANALYST"), Instant.now().plusSeconds(300));
        RestAssured.given().auth().oauth2(token).get("/api/session").then().statusCode(200)
                .body("authenticated", equalTo(true)).body("username", equalTo("ines"))
                .body("roles", contains("ANALYST", "AUDITOR"));
        // No form sign-in in this mode: a password posted there opens nothing.
        RestAssured.given().contentType(ContentType.URLENC).formParam("username", "ines").formParam("password", "x")
                .post("/api/session/sign-in").then().statusCode(401);
    }

    @Test
    void a_token_without_the_role_is_forbidden_and_a_bad_or_expired_one_unauthenticated() throws JOSEException {
        String analyst = token("ann", List.of("ANALYST"), Instant.now().plusSeconds(300));
        RestAssured.given().auth().oauth2(analyst).contentType(ContentType.JSON).body("{}")
                .post("/api/treaty-actions").then().statusCode(403);
        RestAssured.given().auth().oauth2(analyst).get("/api/countries/NOR/history").then().statusCode(200);

        String expired = token("maria", List.of("DATA_ENTRY"), Instant.now().minusSeconds(300));
        RestAssured.given().auth().oauth2(expired).get("/api/instruments").then().statusCode(401)
                .contentType("application/problem+json");
        RestAssured.given().auth().oauth2("not-a-token").get("/api/instruments").then().statusCode(401);
        RestAssured.get("/api/instruments").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        // Basic credentials mean nothing in this mode.
        RestAssured.given().auth().preemptive().basic("admin", "admin").get("/api/instruments").then()
                .statusCode(401);
    }

    private static String token(String user, List<String> roles, Instant expires) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .subject("id-of-" + user)
                .claim("preferred_username", user)
                .claim("roles", roles)
                .issueTime(Date.from(Instant.now().minusSeconds(600)))
                .expirationTime(Date.from(expires))
                .build());
        jwt.sign(new RSASSASigner(KEYS.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points the application at the public key of the test's key pair. */
    static class IdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                Path key = Files.createTempFile("tracker-test-jwt", ".pub");
                key.toFile().deleteOnExit();
                Files.writeString(key, "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
                TestPropertyValues.of("spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + key)
                        .applyTo(context);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
