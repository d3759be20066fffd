package org.armscontrol.tracker.command.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.armscontrol.tracker.command.CommandSideApplication;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.testsupport.TestDatabaseInitializer;
import org.armscontrol.tracker.testsupport.TestUsersInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Base of the command side's integration tests: the application on a random port, over real HTTP, on a database
 * of its own on a real PostgreSQL. Test classes share that database (Spring caches the context), so each test
 * works on records of its own: {@link #freshCountry()} hands out a country no other test has used.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=command-side")
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestUsersInitializer.class})
public abstract class CommandSideIntegrationTest {

    private static final List<CountryCode> COUNTRIES = CountryCode.all().toList();
    private static final AtomicInteger NEXT_COUNTRY = new AtomicInteger();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @BeforeEach
    void pointRestAssuredAtTheApplication() {
        RestAssured.port = port;
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        // Signed in as data-entry staff unless a test says otherwise (see TestUsers).
        RestAssured.authentication = RestAssured.preemptive().basic("entry", "entry");
    }

    /** A country no other test of this JVM has written for. */
    protected static String freshCountry() {
        return COUNTRIES.get(NEXT_COUNTRY.getAndIncrement()).value();
    }

    /** A request as data-entry user {@code alice}. */
    protected static RequestSpecification asAlice() {
        return as("alice");
    }

    /** A JSON request signed in as {@code user} (one of the {@code TestUsers}). */
    protected static RequestSpecification as(String user) {
        return RestAssured.given().contentType(ContentType.JSON).auth().preemptive().basic(user, user);
    }

    /** How many events the store holds for one record. */
    protected long eventCount(String aggregateId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM event_store.events WHERE aggregate_id = ?",
                Long.class, aggregateId);
        return count == null ? 0 : count;
    }

    protected static String source(String citation) {
        return "{\"citation\": \"" + citation + "\"}";
    }
}
