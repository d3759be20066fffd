package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.armscontrol.tracker.app.ComparedStates;
import org.armscontrol.tracker.app.FreshCountries;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * GET /api/compare: states side by side on instruments, on the Belarus demo data with the depositary's record of
 * Ukraine, Russia and Poland on the CCW and its Protocol IV ({@link ComparedStates}).
 */
class CompareIT extends DemoDataIntegrationTest {

    private static final String PATH = "/api/compare?countries=BLR,UKR,RUS,POL&instruments=CCW,CCW-P4,CCW-P5,CCM"
            + "&asOf=2008-06-01";

    @BeforeEach
    void recordTheNeighbours() {
        ComparedStates.recordAndAwait();
    }

    private static String cell(String country, String instrument) {
        return "states.find { it.country == '" + country + "' }.cells.find { it.instrument == '" + instrument + "' }";
    }

    @Test
    void an_analyst_compares_belarus_with_three_states_as_of_1_june_2008() {
        RestAssured.get(PATH).then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("asOf", equalTo("2008-06-01"))
                .body("knownAt", nullValue())
                .body("instruments", contains("CCW", "CCW-P4", "CCW-P5", "CCM"))
                // Rows in the order asked, each state with its UN name and M49 region; cells in the column order.
                .body("states.country", contains("BLR", "UKR", "RUS", "POL"))
                .body("states.countryName", contains("Belarus", "Ukraine", "Russian Federation", "Poland"))
                .body("states.region", everyItem(equalTo("Europe")))
                .body("states.subRegion", everyItem(equalTo("Eastern Europe")))
                .body("states[0].cells.instrument", contains("CCW", "CCW-P4", "CCW-P5", "CCM"))
                // Belarus: a party to the CCW since the depositary's date (the demo data's 1983 corrected)...
                .body(cell("BLR", "CCW") + ".status", equalTo("PARTY"))
                .body(cell("BLR", "CCW") + ".since", equalTo("1982-06-23"))
                .body(cell("BLR", "CCW") + ".dates.signed", equalTo("1981-04-10"))
                .body(cell("BLR", "CCW") + ".dates.consented", equalTo("1982-06-23"))
                .body(cell("BLR", "CCW") + ".dates.consentAction", equalTo("RATIFIED"))
                // ... not yet bound by Protocol V (29 September 2008), and no record on Protocol IV or the CCM.
                .body(cell("BLR", "CCW-P5") + ".status", equalTo("NONE"))
                .body(cell("BLR", "CCW-P5") + ".dates.consented", nullValue())
                .body(cell("BLR", "CCW-P4") + ".status", equalTo("NONE"))
                .body(cell("BLR", "CCM") + ".status", equalTo("NONE"))
                // Its neighbours: Protocol IV with the depositary's marker of a consent to be bound.
                .body(cell("UKR", "CCW-P4") + ".status", equalTo("PARTY"))
                .body(cell("UKR", "CCW-P4") + ".since", equalTo("2003-05-28"))
                .body(cell("UKR", "CCW-P4") + ".dates.consentAction", equalTo("CONSENTED_TO_BE_BOUND"))
                .body(cell("UKR", "CCW-P4") + ".dates.consentMarker", equalTo("P"))
                .body(cell("RUS", "CCW") + ".since", equalTo("1982-06-10"))
                .body(cell("RUS", "CCW-P4") + ".inForce", equalTo(true))
                .body(cell("POL", "CCW") + ".dates.consented", equalTo("1983-06-02"))
                .body(cell("POL", "CCW-P4") + ".since", equalTo("2004-09-23"));
    }

    @Test
    void each_cell_is_what_the_state_s_position_says_on_that_date() {
        Map<String, Object> position = RestAssured.get("/api/countries/BLR/position?asOf=2008-06-01").then()
                .statusCode(200).extract().path("instruments.find { it.instrument == 'CCW' }");
        Map<String, Object> cell = RestAssured.get(PATH).then().extract().path(cell("BLR", "CCW"));
        assertThat(cell).isEqualTo(position);
    }

    @Test
    void every_instrument_of_the_catalogue_when_none_is_named() {
        List<String> catalogue = RestAssured.get("/api/instruments").then().extract().path("id");
        RestAssured.get("/api/compare?countries=BLR&asOf=2008-06-01").then()
                .statusCode(200)
                .body("instruments", equalTo(catalogue))
                .body("states[0].cells.instrument", equalTo(catalogue))
                .body(cell("BLR", "NSG") + ".status", equalTo("MEMBER"));
    }

    @Test
    void the_csv_has_one_row_per_state_and_instrument() {
        String csv = RestAssured.given().accept("text/csv").get(PATH).then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("compare-2008-06-01.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 4 * 4);
        assertThat(lines.get(0)).isEqualTo("asOf,knownAt,country,countryName,region,subRegion,instrument,status,"
                + "since,action,inForce,inForceSince,entersIntoForce,signed,signedBy,consented,consentAction,"
                + "consentMarker,provisionallyApplied,withdrawalNotified,withdrawalEffective");
        assertThat(lines.get(1)).startsWith("2008-06-01,,BLR,Belarus,Europe,Eastern Europe,CCW,PARTY,1982-06-23,");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(
                "2008-06-01,,UKR,Ukraine,Europe,Eastern Europe,CCW-P4,PARTY,2003-05-28,CONSENTED_TO_BE_BOUND,true,")
                .contains(",2003-05-28,CONSENTED_TO_BE_BOUND,P,"));
        assertThat(csv).contains("\r\n");
        // format=csv gives the same file to a download link, which cannot set Accept.
        assertThat(RestAssured.get(PATH + "&format=csv").then().statusCode(200).extract().asString()).isEqualTo(csv);
    }

    @Test
    void known_at_an_earlier_instant_the_comparison_is_what_the_tracker_knew_then() {
        String country = FreshCountries.next();
        ReadsIntegrationTest.treatyAction(country, "CCM", "SIGNED", "2008-12-03");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                RestAssured.get("/api/compare?countries={c}&instruments=CCM&asOf=2012-01-01", country).then()
                        .body("states[0].cells[0].status", equalTo("SIGNATORY")));
        Instant signedOnly = Instant.now();
        ReadsIntegrationTest.treatyAction(country, "CCM", "RATIFIED", "2011-05-10");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                RestAssured.get("/api/compare?countries={c}&instruments=CCM&asOf=2012-01-01", country).then()
                        .body("states[0].cells[0].status", equalTo("PARTY")));

        RestAssured.get("/api/compare?countries={c}&instruments=CCM&asOf=2012-01-01&knownAt={k}", country,
                        signedOnly.toString())
                .then()
                .statusCode(200)
                .body("knownAt", equalTo(signedOnly.toString()))
                .body("states[0].cells[0].status", equalTo("SIGNATORY"))
                .body("states[0].cells[0].dates.consented", nullValue());
    }

    @Test
    void a_status_filter_keeps_only_the_cells_of_that_status_and_the_states_with_one() {
        RestAssured.get("/api/compare?countries=BLR,UKR,RUS,POL&instruments=CCW-P4,CCW-P5&asOf=2008-06-01"
                        + "&status=PARTY").then()
                .statusCode(200)
                .body("status", equalTo("PARTY"))
                .body("states.country", contains("UKR", "RUS", "POL"))
                .body("states.cells.flatten().status", everyItem(equalTo("PARTY")))
                .body("states.cells.flatten().instrument", everyItem(equalTo("CCW-P4")));
    }

    @Test
    void a_region_filter_keeps_the_states_of_that_m49_region_or_lists_them_all() {
        RestAssured.get("/api/compare?countries=BLR,USA,POL&instruments=CCW&asOf=2008-06-01&region=Eastern Europe")
                .then()
                .statusCode(200)
                .body("region", equalTo("Eastern Europe"))
                .body("states.country", contains("BLR", "POL"));
        RestAssured.get("/api/compare?instruments=CCW&asOf=2008-06-01&region=Eastern Europe").then()
                .statusCode(200)
                .body("states.country", contains("BGR", "BLR", "CZE", "HUN", "MDA", "POL", "ROU", "RUS", "SVK",
                        "UKR"));
    }

    @Test
    void the_filters_list_the_m49_regions_and_the_statuses() {
        RestAssured.get("/api/compare/filters").then()
                .statusCode(200)
                .body("regions.name", contains("Africa", "Oceania", "Americas", "Asia", "Europe"))
                .body("regions.find { it.name == 'Europe' }.code", equalTo("150"))
                .body("regions.find { it.name == 'Europe' }.subRegions.name",
                        hasItems("Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe"))
                .body("statuses", hasItems("NONE", "SIGNATORY", "PARTY", "WITHDRAWN", "MEMBER"))
                .body("maxCountries", equalTo(60))
                .body("regionsSource", containsString("M49"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "countries|BLR,XXX",
            "countries|BLR,blr",
            "instruments|CCW,CCX",
            "asOf|2008-02-30",
            "knownAt|yesterday",
            "status|PARTIES",
            "region|Atlantis"})
    void a_bad_parameter_is_a_problem_naming_it(String parameter, String value) {
        Map<String, String> query = new java.util.LinkedHashMap<>(Map.of("countries", "BLR,UKR"));
        query.put(parameter, value);
        RestAssured.given().queryParams(query).get("/api/compare").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo(parameter))
                .body("errors.field", hasItem(parameter));
    }

    @Test
    void more_than_60_countries_or_none_is_a_problem_naming_countries() {
        String sixtyOne = CountryCode.all().limit(61).map(CountryCode::value).collect(Collectors.joining(","));
        RestAssured.get("/api/compare?countries=" + sixtyOne).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("countries"))
                .body("detail", containsString("60"));
        String sixty = CountryCode.all().limit(60).map(CountryCode::value).collect(Collectors.joining(","));
        RestAssured.get("/api/compare?instruments=CCW&countries=" + sixty).then().statusCode(200)
                .body("states.size()", equalTo(60));
        RestAssured.get("/api/compare").then()
                .statusCode(400)
                .body("field", equalTo("countries"));
    }
}
