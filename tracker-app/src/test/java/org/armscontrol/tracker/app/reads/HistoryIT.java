package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** GET /api/countries/{country}/history: the timeline, with every later change folded in. */
class HistoryIT extends ReadsIntegrationTest {

    @Test
    void the_timeline_is_ordered_by_valid_date_with_source_recorder_and_corrections() {
        String country = freshCountry();
        treatyAction(country, "CCW-P5", "RATIFIED", "2008-09-30");
        statement(country, "2008-01-17", "Humanitarian concerns can be met by full implementation of Protocol V.");
        as("bob").body("""
                        {"action": "RATIFIED", "date": "2008-09-29",
                         "reason": "Date confirmed by the depositary notification",
                         "source": {"citation": "Depositary notification C.N.1.2008"}}""")
                .post("/api/participations/{c}/CCW-P5/corrections", country).then().statusCode(200);

        eventually("/api/countries/" + country + "/history", history -> history.statusCode(200)
                .body("country", equalTo(country))
                .body("entries.kind", contains("STATEMENT", "TREATY_ACTION"))
                .body("entries.date", contains("2008-01-17", "2008-09-29"))
                .body("entries[1].id", equalTo(country + ":CCW-P5#0"))
                .body("entries[1].instruments", contains("CCW-P5"))
                .body("entries[1].details.action", equalTo("RATIFIED"))
                .body("entries[1].details.resultingStatus", equalTo("PARTY"))
                // The date as first recorded stays visible next to the corrected one.
                .body("entries[1].details.originalDate", equalTo("2008-09-30"))
                .body("entries[1].source.citation", equalTo("UN Treaty Collection, status of CCW-P5"))
                .body("entries[1].recordedBy", equalTo("alice"))
                .body("entries[1].recordedAt", notNullValue())
                .body("entries[1].changes", hasSize(1))
                .body("entries[1].changes[0].kind", equalTo("CORRECTED"))
                .body("entries[1].changes[0].changedFields", contains("date", "effectiveDate"))
                .body("entries[1].changes[0].before.date.date", equalTo("2008-09-30"))
                .body("entries[1].changes[0].after.date.date", equalTo("2008-09-29"))
                .body("entries[1].changes[0].reason", equalTo("Date confirmed by the depositary notification"))
                .body("entries[1].changes[0].source.citation", equalTo("Depositary notification C.N.1.2008"))
                .body("entries[1].changes[0].recordedBy", equalTo("bob")));
    }

    @Test
    void amendments_and_the_retraction_of_a_statement_are_folded_into_its_entry() {
        String country = freshCountry();
        String id = statement(country, "2008-04-08", "Existing instruments are not universal.");
        asAlice().body("""
                        {"stance": "OPPOSES", "reason": "Stance re-read against the full text"}""")
                .post("/api/statements/{id}/amendments", id).then().statusCode(200);
        asAlice().body("""
                        {"reason": "The statement was by another delegation",
                         "source": {"citation": "Corrigendum of the session report"}}""")
                .post("/api/statements/{id}/retraction", id).then().statusCode(200);

        eventually("/api/countries/" + country + "/history", history -> history.statusCode(200)
                .body("entries", hasSize(1))
                .body("entries[0].id", equalTo(id))
                .body("entries[0].details.stance", equalTo("OPPOSES"))
                .body("entries[0].details.retracted", equalTo(true))
                .body("entries[0].details.version", equalTo(2))
                .body("entries[0].changes.kind", contains("AMENDED", "RETRACTED"))
                .body("entries[0].changes[0].changedFields", contains("stance"))
                .body("entries[0].changes[0].before.stance", equalTo("CONDITIONAL"))
                .body("entries[0].changes[0].after.stance", equalTo("OPPOSES"))
                .body("entries[0].changes[0].reason", equalTo("Stance re-read against the full text"))
                .body("entries[0].changes[1].reason", equalTo("The statement was by another delegation"))
                .body("entries[0].changes[1].source.citation", equalTo("Corrigendum of the session report")));
    }

    @Test
    void the_timeline_can_be_narrowed_to_an_instrument_and_a_period() {
        String country = freshCountry();
        treatyAction(country, "CCW", "SIGNED", "1981-04-10");
        treatyAction(country, "CCW", "RATIFIED", "1983-06-23");
        treatyAction(country, "NSG", "JOINED", "2000-05-01");
        asAlice().body("""
                        {"country": "%s", "weaponSystem": "RBK-500", "category": "CLUSTER_MUNITION",
                         "status": "IN_SERVICE", "date": "2004-01-01", "datePrecision": "YEAR",
                         "source": {"citation": "Jane's Air-Launched Weapons, 2004"}}""".formatted(country))
                .post("/api/stockpile-declarations").then().statusCode(201);

        eventually("/api/countries/" + country + "/history", all -> all.body("entries", hasSize(4)));
        RestAssured.get("/api/countries/{c}/history?instrument=CCW&from=1982-01-01", country).then()
                .statusCode(200)
                .body("entries.details.action", contains("RATIFIED"));
        // A stockpile of cluster munitions concerns the CCM.
        RestAssured.get("/api/countries/{c}/history?instrument=CCM", country).then()
                .statusCode(200)
                .body("entries.kind", contains("STOCKPILE_DECLARATION"))
                .body("entries[0].datePrecision", equalTo("YEAR"));
        RestAssured.get("/api/countries/{c}/history?to=1999-12-31", country).then()
                .statusCode(200)
                .body("entries.date", contains("1981-04-10", "1983-06-23"));
    }

    @Test
    void text_that_looks_like_markup_or_sql_comes_back_exactly_as_sent_as_json() {
        String country = freshCountry();
        String summary = "<script>alert('x')</script> & '; DROP TABLE read_model.statements; --";
        asAlice().body("""
                        {"country": "%s", "date": "2008-01-17", "forum": "<b>GGE</b>", "instruments": ["CCW"],
                         "stance": "CONDITIONAL", "summary": "%s", "source": {"citation": "Notes"}}"""
                        .formatted(country, summary))
                .post("/api/statements").then().statusCode(201);

        eventually("/api/countries/" + country + "/history", history -> history.statusCode(200)
                .contentType("application/json")
                .body("entries[0].details.summary", equalTo(summary))
                .body("entries[0].details.forum", equalTo("<b>GGE</b>")));
        // PostgreSQL's text parser skips what looks like a tag (<script>...</script>): the other words are searchable.
        RestAssured.get("/api/statements?country={c}&q=drop table", country).then()
                .body("statements[0].summary", equalTo(summary));
    }

    @Test
    void the_timeline_names_its_state_as_the_un_names_it() {
        RestAssured.get("/api/countries/VAT/history").then()
                .statusCode(200)
                .body("country", equalTo("VAT"))
                .body("countryName", equalTo("Holy See"));
        RestAssured.get("/api/countries/SWZ/history?format=json").then()
                .body("countryName", equalTo("Eswatini"));
    }

    @Test
    void the_list_of_countries_gives_the_un_names_and_finds_a_state_by_name() {
        RestAssured.get("/api/countries").then()
                .statusCode(200)
                .body("find { it.code == 'PSE' }.name", equalTo("State of Palestine"))
                .body("find { it.code == 'TUR' }.label", equalTo("Türkiye (TUR)"))
                .body("find { it.code == 'TUR' }.formerNames", contains("Turkey"))
                .body("find { it.code == 'TWN' }.basis", equalTo("JDK"));
        RestAssured.get("/api/countries?name=Ivoire").then()
                .statusCode(200)
                .body("code", contains("CIV"));
        RestAssured.get("/api/countries?name=Belarus").then().body("code", contains("BLR"));
        // Former names and the names of everyday English find states too, the exact name first.
        RestAssured.get("/api/countries?name=swaziland").then().body("code", contains("SWZ"));
        RestAssured.get("/api/countries?name=Congo").then().body("code", contains("COG"));
        RestAssured.get("/api/countries?name=Korea").then().body("code", contains("PRK", "KOR"));
        RestAssured.get("/api/countries?name=Atlantis").then().statusCode(200).body("code", empty());
    }

    @Test
    void a_country_without_records_has_an_empty_timeline() {
        RestAssured.get("/api/countries/{c}/history", freshCountry()).then()
                .statusCode(200)
                .body("entries", empty());
    }

    @Test
    void bad_parameters_are_refused_naming_each() {
        RestAssured.get("/api/countries/blr/history").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("country"));
        RestAssured.get("/api/countries/XXX/history").then()
                .statusCode(400)
                .body("field", equalTo("country"));
        // A name typed for the code: the problem says which code it is.
        RestAssured.get("/api/countries/Belarus/history").then()
                .statusCode(400)
                .body("field", equalTo("country"))
                .body("detail", containsString("did you mean BLR (Belarus)?"));
        RestAssured.get("/api/countries/BLR/history?instrument=CCX&from=2008-13-01").then()
                .statusCode(400)
                .body("errors.field", contains("instrument", "from"));
        RestAssured.get("/api/countries/BLR/history?from=2009-01-01&to=2008-01-01").then()
                .statusCode(400)
                .body("field", equalTo("to"));
    }

    @Test
    void the_timeline_is_read_in_pages_that_add_up_to_the_whole() {
        String country = recordHistoryWithEveryKindOfChange();
        awaitReadModelsCaughtUp();
        List<String> whole = RestAssured.get("/api/countries/{c}/history", country).then()
                .statusCode(200)
                .body("next", nullValue())
                .extract().path("entries.id");
        assertThat(whole).hasSizeGreaterThan(4);

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = RestAssured.given().queryParam("limit", 2)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .get("/api/countries/{c}/history", country).then()
                    .statusCode(200)
                    .body("country", equalTo(country))
                    .body("entries.size()", lessThanOrEqualTo(2))
                    .extract();
            paged.addAll(page.path("entries.id"));
            cursor = page.path("next");
            pages++;
        } while (cursor != null && pages < 20);
        assertThat(paged).containsExactlyElementsOf(whole);
        assertThat(pages).isEqualTo((whole.size() + 1) / 2);

        // The rest after a cursor, without a limit; a limit as large as the timeline leaves no next page.
        String afterFirst = RestAssured.get("/api/countries/{c}/history?limit=1", country).then()
                .extract().path("next");
        RestAssured.get("/api/countries/{c}/history?cursor={n}", country, afterFirst).then()
                .statusCode(200)
                .body("entries.id", contains(whole.subList(1, whole.size()).toArray()))
                .body("next", nullValue());
        RestAssured.get("/api/countries/{c}/history?limit={l}", country, whole.size()).then()
                .body("entries", hasSize(whole.size()))
                .body("next", nullValue());
    }

    @Test
    void a_bad_page_size_or_cursor_is_refused_naming_it_and_files_are_not_paged() {
        for (String limit : List.of("0", "1001", "-1", "ten")) {
            RestAssured.get("/api/countries/BLR/history?limit={l}", limit).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("limit"));
        }
        for (String cursor : List.of("", "nonsense", "bm9uc2Vuc2U")) {
            RestAssured.get("/api/countries/BLR/history?cursor={c}", cursor).then()
                    .statusCode(400)
                    .body("field", equalTo("cursor"));
        }
        RestAssured.get("/api/countries/BLR/history?format=csv&limit=10").then()
                .statusCode(400)
                .body("field", equalTo("limit"));
        RestAssured.given().accept("text/csv").get("/api/countries/BLR/history?cursor=x").then()
                .statusCode(400)
                .body("errors.field", hasItem("cursor"));
    }

    static String statement(String country, String date, String summary) {
        return asAlice().body("""
                        {"country": "%s", "date": "%s", "forum": "CCW Group of Governmental Experts",
                         "location": "Geneva", "instruments": ["CCW-P5", "CCW"], "stance": "CONDITIONAL",
                         "summary": "%s", "source": {"citation": "Notes by WILPF"}}"""
                        .formatted(country, date, summary))
                .post("/api/statements").then().statusCode(201)
                .extract().path("statementId");
    }
}
