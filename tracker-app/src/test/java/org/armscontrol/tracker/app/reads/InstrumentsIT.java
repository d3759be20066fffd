package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.armscontrol.tracker.platform.catalogue.InstrumentRegistryTable;
import org.armscontrol.tracker.platform.eventstore.StoredMessageJson;
import org.armscontrol.tracker.shared.catalogue.EntryIntoForceRule;
import org.armscontrol.tracker.shared.catalogue.FinalClauses;
import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;
import org.armscontrol.tracker.shared.catalogue.InstrumentDefinition;
import org.armscontrol.tracker.shared.catalogue.InstrumentKind;
import org.armscontrol.tracker.shared.catalogue.JoiningProcedure;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Instruments as data: an admin registers an instrument over HTTP and states act on it at once, under its clauses;
 * an amendment of the clauses applies to the commands after it.
 */
class InstrumentsIT extends ReadsIntegrationTest {

    /** An id no other run of the tests used (the test database outlives a run). */
    private static String freshId() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static String treaty(String id, String provisionalApplication) {
        return """
                {"id": "%s", "shortName": "Test treaty %s", "name": "A treaty registered by the tests",
                 "kind": "TREATY", "joining": "SIGNATURE_THEN_RATIFICATION",
                 "depositary": "Secretary-General of the United Nations", "openedOn": "2020-01-10",
                 "entryIntoForce": "2021-06-01",
                 "clauses": {"consentArticle": "Art. 10",
                             "entryIntoForce": {"counting": "FROM_DEPOSIT", "delay": {"days": 90},
                                                "early": "LATER_OF_THE_TWO"},
                             "withdrawalArticle": "Art. 12", "withdrawalNotice": {"months": 6},
                             "provisionalApplication": "%s"},
                 "reason": "Followed from now on", "source": {"citation": "Text of the treaty"}}"""
                .formatted(id, id, provisionalApplication);
    }

    static ValidatableResponse register(String body) {
        return as("admin").body(body).post("/api/instruments").then();
    }

    @Test
    void an_admin_registers_an_instrument_and_a_state_signs_it_in_the_same_minute() {
        String id = freshId();
        String country = freshCountry();

        register(treaty(id, "NOT_PROVIDED")).statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", "/api/instruments/" + id)
                .body("instrumentId", equalTo(id))
                .body("version", equalTo(0));
        treatyAction(country, id, "SIGNED", "2020-03-01");
        treatyAction(country, id, "RATIFIED", "2021-01-15");

        RestAssured.get("/api/instruments").then().statusCode(200).body("id", hasItem(id));
        RestAssured.get("/api/instruments/{id}", id).then().statusCode(200)
                .body("shortName", equalTo("Test treaty " + id))
                .body("depositary", equalTo("Secretary-General of the United Nations"))
                .body("clauses.consentArticle", equalTo("Art. 10"))
                .body("clauses.entryIntoForce.counting", equalTo("FROM_DEPOSIT"))
                .body("clauses.entryIntoForce.delay.period", equalTo("P90D"))
                .body("clauses.withdrawalNotice.delay.period", equalTo("P6M"))
                .body("withdrawalNotice", equalTo("six months after notification"));
        // In force 90 days after the deposit, the instrument itself being in force since 1 June 2021.
        eventually("/api/instruments/" + id + "/participants?asOf=2022-01-01", participants -> participants
                .statusCode(200)
                .body("participants.find { it.country == '" + country + "' }.status", equalTo("PARTY"))
                .body("participants.find { it.country == '" + country + "' }.inForceSince", equalTo("2021-06-01")));
    }

    @Test
    void the_seeded_zones_are_listed_and_a_state_acts_on_them_under_the_same_clauses() {
        RestAssured.get("/api/instruments").then().statusCode(200)
                .body("id", hasItems("PTBT", "TLATELOLCO", "RAROTONGA", "BANGKOK", "PELINDABA", "SEMIPALATINSK"))
                .body("find { it.id == 'PTBT' }.withdrawalNotice", equalTo("three months after notification"))
                .body("find { it.id == 'PELINDABA' }.depositary", equalTo("Chairperson of the African Union Commission"))
                .body("find { it.id == 'PELINDABA' }.clauses.withdrawalArticle", equalTo("Art. 20"))
                .body("find { it.id == 'SEMIPALATINSK' }.entryIntoForceRule",
                        equalTo("30 days after deposit, or the instrument's entry into force if later"));
        // The command side checks the action against the clauses the read side shows: a signature before the
        // opening is refused citing them; a ratification before the twenty-eighth waits for the entry into force.
        String country = freshCountry();
        asAlice().body("""
                        {"country": "%s", "instrument": "PELINDABA", "action": "SIGNED", "date": "1996-04-10",
                         "source": {"citation": "Depositary"}}""".formatted(country))
                .post("/api/treaty-actions").then().statusCode(409).body("rule", equalTo("BEFORE_INSTRUMENT_OPENED"));
        treatyAction(country, "PELINDABA", "SIGNED", "1996-04-11");
        treatyAction(country, "PELINDABA", "RATIFIED", "1998-03-27");
        eventually("/api/instruments/PELINDABA/participants?asOf=2010-01-01", participants -> participants
                .statusCode(200)
                .body("participants.find { it.country == '" + country + "' }.status", equalTo("PARTY"))
                .body("participants.find { it.country == '" + country + "' }.inForceSince", equalTo("2009-07-15")));
        asAlice().body("""
                        {"country": "%s", "instrument": "PELINDABA", "action": "WITHDREW", "date": "2020-01-10",
                         "source": {"citation": "Notification"}}""".formatted(country))
                .post("/api/treaty-actions").then().statusCode(201);
        eventually("/api/instruments/PELINDABA/participants?asOf=2020-12-31", participants -> participants
                .body("participants.find { it.country == '" + country + "' }.status", equalTo("PARTY")));
        eventually("/api/instruments/PELINDABA/participants?asOf=2021-01-10", participants -> participants
                .body("participants.find { it.country == '" + country + "' }.status", equalTo("WITHDRAWN")));
    }

    @Test
    void an_amendment_of_the_clauses_applies_to_the_next_command() {
        String id = freshId();
        String country = freshCountry();
        register(treaty(id, "NOT_PROVIDED")).statusCode(201);
        treatyAction(country, id, "SIGNED", "2020-03-01");
        asAlice().body("""
                        {"country": "%s", "instrument": "%s", "action": "PROVISIONALLY_APPLIED", "date": "2020-03-02",
                         "source": {"citation": "Notification"}}""".formatted(country, id))
                .post("/api/treaty-actions").then().statusCode(409).body("rule", equalTo("ACTION_NOT_APPLICABLE"));

        String amendment = """
                {"clauses": {"provisionalApplication": "AT_SIGNATURE_OR_CONSENT", "provisionalArticle": "Art. 11"},
                 "reason": "Art. 11 provides for provisional application", "source": {"citation": "Treaty text"}}""";
        as("admin").header("If-Match", "\"0\"").header("Idempotency-Key", "amend-" + id).body(amendment)
                .post("/api/instruments/{id}/amendments", id).then().statusCode(200)
                .header("ETag", "\"1\"").body("instrumentId", equalTo(id)).body("version", equalTo(1));
        // The same request again with the same key: the first answer, nothing new written.
        as("admin").header("Idempotency-Key", "amend-" + id).header("If-Match", "\"0\"").body(amendment)
                .post("/api/instruments/{id}/amendments", id).then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("version", equalTo(1));

        asAlice().body("""
                        {"country": "%s", "instrument": "%s", "action": "PROVISIONALLY_APPLIED", "date": "2020-03-02",
                         "source": {"citation": "Notification"}}""".formatted(country, id))
                .post("/api/treaty-actions").then().statusCode(201);
        RestAssured.get("/api/instruments/{id}", id).then()
                .body("clauses.provisionalApplication", equalTo("AT_SIGNATURE_OR_CONSENT"))
                .body("clauses.provisionalArticle", equalTo("Art. 11"));

        as("admin").body(amendment).post("/api/instruments/{id}/amendments", id).then().statusCode(409)
                .body("rule", equalTo("AMENDMENT_CHANGES_NOTHING"));
        as("admin").header("If-Match", "\"0\"").body("""
                        {"shortName": "Renamed", "reason": "r", "source": {"citation": "c"}}""")
                .post("/api/instruments/{id}/amendments", id).then().statusCode(409)
                .body("field", equalTo("If-Match"));
    }

    @Test
    void reads_as_known_at_an_instant_derive_entry_into_force_from_the_clauses_then_defined() {
        Instant beforeRegistration = Instant.now();
        String id = freshId();
        String country = freshCountry();
        register(treaty(id, "NOT_PROVIDED")).statusCode(201);
        treatyAction(country, id, "SIGNED", "2021-07-01");
        treatyAction(country, id, "RATIFIED", "2021-07-01");
        awaitReadModelsCaughtUp();
        Instant underNinetyDays = Instant.now();
        // The depositary's text gives 30 days, not 90: an amendment from now on.
        as("admin").body("""
                        {"clauses": {"entryIntoForce": {"counting": "FROM_DEPOSIT", "delay": {"days": 30},
                                                        "early": "LATER_OF_THE_TWO"}},
                         "reason": "Art. 14 says thirty days", "source": {"citation": "Certified true copy"}}""")
                .post("/api/instruments/{id}/amendments", id).then().statusCode(200);
        String participant = "participants.find { it.country == '" + country + "' }";

        // Now: in force 30 days after the deposit.
        eventually("/api/instruments/" + id + "/participants?asOf=2021-09-01&basis=in-force", now -> now
                .statusCode(200)
                .body("counts.PARTY", equalTo(1))
                .body(participant + ".inForceSince", equalTo("2021-07-31")));
        // As known before the amendment: the 90 days then defined, so not yet in force on 1 September.
        String before = "knownAt=" + underNinetyDays;
        RestAssured.get("/api/instruments/{id}/participants?asOf=2021-09-01&basis=in-force&" + before, id).then()
                .statusCode(200)
                .body("counts.PARTY", equalTo(0))
                .body("counts.DEPOSITED_NOT_IN_FORCE", equalTo(1))
                .body(participant + ".inForce", equalTo(false))
                .body(participant + ".entersIntoForce", equalTo("2021-09-29"));
        RestAssured.get("/api/countries/{c}/position?asOf=2021-09-01&" + before, country).then().statusCode(200)
                .body("instruments.find { it.instrument == '" + id + "' }.inForce", equalTo(false));
        RestAssured.get("/api/instruments/{id}/participants/timeline?basis=in-force&" + before, id).then()
                .statusCode(200)
                .body("points.find { it.counts.PARTY == 1 }.date", equalTo("2021-09-29"));
        RestAssured.get("/api/instruments/{id}/participants/timeline?basis=in-force", id).then()
                .body("points.find { it.counts.PARTY == 1 }.date", equalTo("2021-07-31"));

        // The catalogue itself, as then held: the clauses of the time, and nothing registered later.
        RestAssured.get("/api/instruments/{id}?" + before, id).then().statusCode(200)
                .body("clauses.entryIntoForce.delay.period", equalTo("P90D"));
        RestAssured.get("/api/instruments/{id}", id).then()
                .body("clauses.entryIntoForce.delay.period", equalTo("P30D"));
        RestAssured.get("/api/instruments?knownAt=" + beforeRegistration).then().statusCode(200)
                .body("id", hasItem("CCM"))
                .body("id", not(hasItem(id)));
        RestAssured.get("/api/instruments/{id}?knownAt=" + beforeRegistration, id).then().statusCode(404);
        RestAssured.get("/api/instruments?knownAt=yesterday").then().statusCode(400)
                .body("field", equalTo("knownAt"));
    }

    @Test
    void an_explicit_null_removes_an_optional_clause_and_an_absent_one_keeps_it() {
        String id = freshId();
        String country = freshCountry();
        register(treaty(id, "AT_CONSENT").replace("\"provisionalApplication\": \"AT_CONSENT\"",
                "\"provisionalApplication\": \"AT_CONSENT\", \"provisionalArticle\": \"Art. 11\"")).statusCode(201);

        as("admin").body("""
                        {"clauses": {"provisionalApplication": null, "provisionalArticle": null},
                         "depositary": null,
                         "reason": "The text has no provisional application, nor was a depositary designated",
                         "source": {"citation": "Treaty text"}}""")
                .post("/api/instruments/{id}/amendments", id).then().statusCode(200).body("version", equalTo(1));
        RestAssured.get("/api/instruments/{id}", id).then().statusCode(200)
                .body("clauses.provisionalApplication", equalTo("NOT_PROVIDED"))
                .body("clauses.provisionalArticle", nullValue())
                .body("depositary", nullValue())
                .body("clauses.withdrawalArticle", equalTo("Art. 12"))
                .body("clauses.withdrawalNotice.delay.period", equalTo("P6M"));
        treatyAction(country, id, "SIGNED", "2020-03-01");
        asAlice().body("""
                        {"country": "%s", "instrument": "%s", "action": "PROVISIONALLY_APPLIED", "date": "2020-03-02",
                         "source": {"citation": "Notification"}}""".formatted(country, id))
                .post("/api/treaty-actions").then().statusCode(409).body("rule", equalTo("ACTION_NOT_APPLICABLE"));

        // Removing again what is gone changes nothing; a field every instrument has is not removed.
        as("admin").body("""
                        {"clauses": {"provisionalArticle": null}, "reason": "r", "source": {"citation": "c"}}""")
                .post("/api/instruments/{id}/amendments", id).then().statusCode(409)
                .body("rule", equalTo("AMENDMENT_CHANGES_NOTHING"));
        as("admin").body("""
                        {"clauses": {"withdrawalNotice": null}, "shortName": null, "reason": "r",
                         "source": {"citation": "c"}}""")
                .post("/api/instruments/{id}/amendments", id).then().statusCode(200);
        RestAssured.get("/api/instruments/{id}", id).then()
                .body("clauses.withdrawalNotice", nullValue())
                .body("withdrawalNotice", nullValue())
                .body("shortName", equalTo("Test treaty " + id));
    }

    @Test
    void an_id_of_the_catalogue_is_not_registered_again() {
        register(treaty("CCM", "NOT_PROVIDED")).statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("INSTRUMENT_EXISTS"))
                .body("field", equalTo("id"));
        String id = freshId();
        register(treaty(id, "NOT_PROVIDED")).statusCode(201);
        register(treaty(id, "NOT_PROVIDED")).statusCode(409).body("rule", equalTo("INSTRUMENT_EXISTS"));
    }

    @Test
    void bad_input_is_refused_naming_the_field() {
        register(treaty("it-lower-case", "NOT_PROVIDED")).statusCode(400).body("field", equalTo("id"));
        register(treaty(freshId(), "SOMETIMES")).statusCode(400)
                .body("field", equalTo("clauses.provisionalApplication"));
        register(treaty(freshId(), "NOT_PROVIDED").replace("{\"days\": 90}", "{\"days\": 90, \"months\": 1}"))
                .statusCode(400).body("field", equalTo("clauses.entryIntoForce.delay"));
        register(treaty(freshId(), "NOT_PROVIDED").replace("\"entryIntoForce\": \"2021-06-01\"",
                "\"entryIntoForce\": \"2019-06-01\"")).statusCode(400).body("field", equalTo("entryIntoForce"));
        register(treaty(freshId(), "NOT_PROVIDED").replace(", \"source\": {\"citation\": \"Text of the treaty\"}",
                "")).statusCode(400).body("field", equalTo("source"));
        as("admin").body("{\"shortName\": \"x\", \"source\": {\"citation\": \"c\"}}")
                .post("/api/instruments/CCM/amendments").then().statusCode(400).body("field", equalTo("reason"));
    }

    @Test
    void an_unknown_instrument_is_not_amended_and_only_admins_write_the_catalogue() {
        as("admin").body("{\"shortName\": \"x\", \"reason\": \"r\", \"source\": {\"citation\": \"c\"}}")
                .post("/api/instruments/{id}/amendments", freshId()).then().statusCode(404);
        asAlice().body(treaty(freshId(), "NOT_PROVIDED")).post("/api/instruments").then().statusCode(403);
    }

    @Test
    void both_sides_keep_the_definition_they_load_at_start_up() {
        String id = freshId();
        register(treaty(id, "AT_CONSENT")).statusCode(201);

        assertThat(jdbc.queryForObject("SELECT definition FROM command_side.instrument_definitions "
                + "WHERE instrument_id = ?", String.class, id)).contains("\"AT_CONSENT\"");
        awaitReadModelsCaughtUp();
        assertThat(jdbc.queryForObject("SELECT definition FROM read_model.instrument_definitions "
                + "WHERE instrument_id = ?", String.class, id)).contains("\"AT_CONSENT\"");
    }

    @Test
    void an_instrument_registered_before_a_restart_is_known_after_it() throws Exception {
        // A row a previous process wrote, for an id this process has never seen: what a start-up loads.
        String id = freshId();
        InstrumentDefinition before = new InstrumentDefinition(id, "Registered before the restart",
                "An instrument registered by an earlier run", InstrumentKind.TREATY,
                JoiningProcedure.SIGNATURE_THEN_RATIFICATION, ValidDate.parse("2020-01-10"), null, null, null, null,
                null, FinalClauses.of("Art. 1", EntryIntoForceRule.onDeposit(), null, null));
        for (String schema : List.of("command_side", "read_model")) {
            jdbc.update("INSERT INTO " + schema + ".instrument_definitions (instrument_id, version, definition, "
                    + "updated_at) VALUES (?, 0, ?, now())", id,
                    StoredMessageJson.objectMapper().writeValueAsString(before));
        }
        assertThat(InstrumentCatalogue.contains(id)).isFalse();

        InstrumentRegistryTable.latestOnly(jdbc, "command_side").load();
        InstrumentRegistryTable.everyVersion(jdbc, "read_model").load();

        treatyAction(freshCountry(), id, "SIGNED", "2020-02-01");
        RestAssured.get("/api/instruments/{id}", id).then().statusCode(200)
                .body("shortName", equalTo("Registered before the restart"))
                .body("parent", nullValue());
    }

    @Test
    void the_readme_example_runs_as_written() throws Exception {
        // The README's section, as a reader copies it: the bodies of its curl commands, in order.
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("### Instruments as data");
        String section = readme.substring(start, readme.indexOf("\n### ", start + 1));
        List<String> bodies = new ArrayList<>();
        Matcher body = Pattern.compile("-d '([^']*)'").matcher(section);
        while (body.find()) {
            bodies.add(body.group(1));
        }
        assertThat(bodies).hasSize(4);

        as("admin").body(bodies.get(0)).post("/api/instruments").then().statusCode(201)
                .body("instrumentId", equalTo("CPPNM"));
        as("entry").body(bodies.get(1)).post("/api/treaty-actions").then().statusCode(201);
        as("entry").body(bodies.get(2)).post("/api/treaty-actions").then().statusCode(201);
        as("admin").header("If-Match", "\"0\"").body(bodies.get(3))
                .post("/api/instruments/CPPNM/amendments").then().statusCode(200).body("version", equalTo(1));
        as("admin").body(bodies.get(3)).post("/api/instruments/CPPNM/amendments").then().statusCode(409)
                .body("rule", equalTo("AMENDMENT_CHANGES_NOTHING"));

        RestAssured.get("/api/instruments/CPPNM").then().statusCode(200)
                .body("depositary", equalTo("Director General of the International Atomic Energy Agency"))
                .body("entryIntoForceRule", equalTo("30 days after deposit, or the instrument's entry into force "
                        + "if later"))
                .body("withdrawalNotice", equalTo("180 days after notification"))
                .body("clauses.withdrawalNotice.delay.period", equalTo("P180D"))
                .body("clauses.entryIntoForce.delay.period", equalTo("P30D"));
        // Austria ratified on 22 December 1988: in force for it on the thirtieth day after.
        eventually("/api/instruments/CPPNM/participants?asOf=1990-01-01", participants -> participants
                .body("participants.find { it.country == 'AUT' }.status", equalTo("PARTY"))
                .body("participants.find { it.country == 'AUT' }.inForceSince", equalTo("1989-01-21")));
    }

    /** The forms' lists come from here: every kind of the domain, with its words and the depositary's marker. */
    @Test
    void the_vocabulary_lists_the_values_of_every_coded_field_with_their_words() {
        var vocabulary = as("analyst").get("/api/vocabulary").then().statusCode(200)
                .body("actions.find { it.value == 'ACCEPTED' }.untcMarker", equalTo("A"))
                .body("actions.find { it.value == 'CONSENTED_TO_BE_BOUND' }.untcMarker", equalTo("P"))
                .body("actions.find { it.value == 'SUCCEEDED_TO_SIGNATURE' }.label",
                        equalTo("signature by succession"))
                .body("reservationKinds.value", hasItems("TERRITORIAL_DECLARATION", "OBJECTION"))
                .body("stances.value", hasItems("SUPPORTS", "CONDITIONAL"))
                .body("votes.value", hasItems("YES", "ABSENT"))
                .body("stockpileStatuses.value", hasItem("DESTROYED"))
                .body("joiningProcedures.find { it.value == 'CONSENT_TO_BE_BOUND' }.actions",
                        hasItem("CONSENTED_TO_BE_BOUND"))
                .body("joiningProcedures.find { it.value == 'CONSENT_TO_BE_BOUND' }.actions", not(hasItem("SIGNED")))
                .body("entryIntoForceCounting.find { it.value == 'FROM_MONTH_OF_DEPOSIT' }.label",
                        equalTo("from the month of deposit (first day)"))
                .extract();
        assertThat(vocabulary.<String>jsonPath().getList("actions.value"))
                .containsExactlyElementsOf(java.util.Arrays.stream(
                        org.armscontrol.tracker.shared.participation.TreatyAction.values()).map(Enum::name).toList());
    }
}
