package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Reads "as of" a date on the Belarus demo data, as built from the two seed documents. */
class BelarusDemoDataIT extends DemoDataIntegrationTest {

    private static final String CCW_P5 = "instruments.find { it.instrument == 'CCW-P5' }";

    @Test
    void protocol_v_status_changes_on_the_day_of_ratification() {
        RestAssured.get("/api/countries/BLR/position?asOf=2008-09-28").then()
                .statusCode(200)
                .body(CCW_P5 + ".status", equalTo("NONE"))
                .body(CCW_P5 + ".since", nullValue());
        RestAssured.get("/api/countries/BLR/position?asOf=2008-09-29").then()
                .body(CCW_P5 + ".status", equalTo("PARTY"))
                .body(CCW_P5 + ".since", equalTo("2008-09-29"))
                // The depositary records a consent to be bound (P); the demo data's first RATIFIED is corrected.
                .body(CCW_P5 + ".action", equalTo("CONSENTED_TO_BE_BOUND"));
    }

    @Test
    void the_position_on_new_year_2008_and_today() {
        RestAssured.get("/api/countries/BLR/position?asOf=2008-01-01").then()
                .statusCode(200)
                .body("instruments.find { it.instrument == 'CCW' }.status", equalTo("PARTY"))
                // The depositary's date of ratification (the demo data's first 1983 is corrected).
                .body("instruments.find { it.instrument == 'CCW' }.since", equalTo("1982-06-23"))
                .body("instruments.find { it.instrument == 'NSG' }.status", equalTo("MEMBER"))
                .body("instruments.find { it.instrument == 'NSG' }.sincePrecision", equalTo("YEAR"))
                .body("instruments.find { it.instrument == 'ZANGGER' }.status", equalTo("NONE"))
                // Its latest word on the CCW by then: the Meeting of States Parties of November 2007.
                .body("stances.find { it.instrument == 'CCW' }.date", equalTo("2007-11-07"))
                .body("stockpiles.weaponSystem", hasItem("RBK-500"));
        RestAssured.get("/api/countries/BLR/position").then()
                .statusCode(200)
                .body("instruments.status", everyItem(not(equalTo("NONE"))))
                .body("instruments.find { it.instrument == 'ZANGGER' }.since", equalTo("2010-01-01"))
                .body("instruments.find { it.instrument == 'PSI' }.status", equalTo("MEMBER"));
    }

    @Test
    void the_timeline_holds_the_footnoted_statements_in_date_order() {
        RestAssured.get("/api/countries/BLR/history?instrument=CCW&from=2007-01-01&to=2008-12-31").then()
                .statusCode(200)
                .body("entries.date", contains("2007-11-07", "2008-01-17", "2008-04-08"))
                .body("entries.source.citation", everyItem(notNullValue()))
                .body("entries.recordedBy", everyItem(equalTo("demo-loader")));
    }

    @Test
    void belarus_is_among_the_parties_to_protocol_v_from_its_ratification() {
        RestAssured.get("/api/instruments/CCW-P5/participants?asOf=2008-09-29").then()
                .statusCode(200)
                .body("participants.find { it.country == 'BLR' }.status", equalTo("PARTY"))
                .body("counts.PARTY", equalTo(1));
        RestAssured.get("/api/instruments/CCW-P5/participants?asOf=2008-09-28").then()
                .body("participants.country", not(hasItem("BLR")));
    }

    /** The README's sample import file (the here-document its examples write), as it stands there, checked against the demo data it would sit beside. */
    @Test
    void a_dry_run_of_the_readmes_sample_file_holds_back_its_copy_of_a_demo_statement() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        java.util.regex.Matcher block = java.util.regex.Pattern.compile(
                "cat > actions.csv <<'EOF'\n(key,kind,country,instrument,action,date,datePrecision,instruments,forum,.*?\n)EOF\n",
                java.util.regex.Pattern.DOTALL)
                .matcher(readme);
        org.assertj.core.api.Assertions.assertThat(block.find()).as("the README's sample import file").isTrue();
        String demoStatement = RestAssured.get("/api/countries/BLR/history?from=2008-01-17&to=2008-01-17")
                .then().extract().path("entries.find { it.kind == 'STATEMENT' }.id");

        RestAssured.given().auth().preemptive().basic("entry", "entry").contentType("text/csv").body(block.group(1))
                .post("/api/imports?dryRun=true").then().statusCode(201)
                .body("results.find { it.key == 'blr-2008-ccw' }.outcome", equalTo("PROBABLE_DUPLICATE"))
                .body("results.find { it.key == 'blr-2008-ccw' }.warning.records", contains(demoStatement))
                .body("probableDuplicates", equalTo(1));
    }
}
