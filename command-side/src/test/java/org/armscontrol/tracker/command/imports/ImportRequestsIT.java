package org.armscontrol.tracker.command.imports;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.armscontrol.tracker.command.it.CommandSideIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The import endpoints' answers to requests: who may, which files are refused whole, how imports are found. */
class ImportRequestsIT extends CommandSideIntegrationTest {

    @Test
    void only_data_entry_staff_import_and_analysts_read_no_import() {
        String csv = "key,kind\nk,statement\n";
        RestAssured.given().auth().preemptive().basic("analyst", "analyst").contentType("text/csv").body(csv)
                .post("/api/imports").then().statusCode(403);
        RestAssured.given().auth().preemptive().basic("analyst", "analyst").get("/api/imports").then()
                .statusCode(403);
        for (String reader : List.of("auditor", "admin")) {
            RestAssured.given().auth().preemptive().basic(reader, reader).contentType("text/csv").body(csv)
                    .post("/api/imports").then().statusCode(403);
        }
        RestAssured.given().auth().none().contentType("text/csv").body(csv).post("/api/imports").then()
                .statusCode(401);
    }

    @Test
    void a_clerk_reads_only_the_imports_they_started_while_auditors_and_admins_read_every_one() {
        String country = freshCountry();
        String location = as("alice").contentType("text/csv").body("""
                key,kind,country,instrument,action,date,sourceCitation
                %s-nsg,treaty-action,%s,NSG,JOINED,2000-01-01,Ministry of Foreign Affairs
                """.formatted(country, country)).post("/api/imports").then().statusCode(201)
                .extract().header("Location");
        String importId = location.substring(location.lastIndexOf('/') + 1);

        as("alice").get(location).then().statusCode(200).body("startedBy", equalTo("alice"));
        as("alice").get("/api/imports?limit=100").then().body("imports.importId", hasItem(importId));
        // Another clerk: as if it did not exist, so that ids tell nothing.
        as("bob").get(location).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:position-tracker:problem:not-found"));
        as("bob").get("/api/imports?limit=100").then().statusCode(200)
                .body("imports.importId", not(hasItem(importId)))
                .body("imports.startedBy", everyItem(equalTo("bob")));
        for (String reader : List.of("auditor", "admin")) {
            as(reader).get(location).then().statusCode(200).body("startedBy", equalTo("alice"))
                    .body("results[0].recordId", equalTo(country + ":NSG"));
            as(reader).get("/api/imports?limit=100").then().statusCode(200).body("imports.importId", hasItem(importId));
        }
    }

    @Test
    void a_file_that_cannot_be_read_is_refused_whole_naming_the_problem() {
        ImportsIT.post("key,kind,citation\nk,treaty-action,x\n", "").then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("citation")).body("detail", containsString("unknown column 'citation'"));
        ImportsIT.post("country,date\nBLR,2008-01-01\n", "").then().statusCode(400).body("field", equalTo("key"));
        // An empty CSV body (what curl sends for --data-binary @a-missing-file) is an empty file, not bad JSON.
        ImportsIT.post("", "").then().statusCode(400)
                .body("type", equalTo("urn:position-tracker:problem:malformed-body"))
                .body("detail", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("empty"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("JSON"))));
        ImportsIT.post("key,kind,summary\nk,statement,\"unclosed\n", "").then().statusCode(400)
                .body("detail", containsString("not valid CSV"));
        RestAssured.given().contentType(ContentType.JSON).body("{\"rows\": [").post("/api/imports").then()
                .statusCode(400).body("type", equalTo("urn:position-tracker:problem:malformed-body"));
        RestAssured.given().contentType(ContentType.JSON).body("{\"entries\": []}").post("/api/imports").then()
                .statusCode(400).body("field", equalTo("entries"));
        RestAssured.given().contentType("text/plain").body("key,kind\n").post("/api/imports").then()
                .statusCode(415);
        ImportsIT.post("key,kind\nk,statement\n", "?wait=601").then().statusCode(400).body("field", equalTo("wait"));
    }

    @Test
    void an_import_is_found_by_its_id_and_listed_among_the_latest() {
        String country = freshCountry();
        String location = ImportsIT.post("""
                key,kind,country,instrument,action,date,sourceCitation
                %s-nsg,treaty-action,%s,NSG,JOINED,2000-01-01,Ministry of Foreign Affairs
                """.formatted(country, country), "").then().statusCode(201)
                .body("status", equalTo("DONE"))
                .body("results[0].outcome", equalTo("ACCEPTED"))
                .body("results[0].recordId", equalTo(country + ":NSG"))
                .body("results[0].version", equalTo(0))
                .body("results[0].error", nullValue())
                .extract().header("Location");

        RestAssured.get(location).then().statusCode(200).body("startedBy", equalTo("entry"))
                .body("results[0].key", equalTo(country + "-nsg"));
        RestAssured.get("/api/imports").then().statusCode(200)
                .body("imports.importId", hasItem(location.substring(location.lastIndexOf('/') + 1)))
                .body("imports[0].results", nullValue());
        RestAssured.get("/api/imports/not-a-uuid").then().statusCode(400).body("field", equalTo("id"));
        RestAssured.get("/api/imports/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void a_json_file_takes_the_single_writes_bodies_and_earlier_rows_count_in_a_dry_run() {
        String country = freshCountry();
        String file = """
                {"rows": [
                  {"key": "%1$s-ccm-signed", "kind": "treaty-action", "body": {"country": "%1$s", "instrument": "CCM",
                   "action": "SIGNED", "date": "2008-12-03", "source": {"citation": "UN Treaty Collection"}}},
                  {"key": "%1$s-ccm-ratified", "kind": "treaty-action", "body": {"country": "%1$s", "instrument": "CCM",
                   "action": "RATIFIED", "date": "2011-03-25", "source": {"citation": "UN Treaty Collection"}}},
                  {"key": "%1$s-ccm-fix", "kind": "correction", "country": "%1$s", "instrument": "CCM",
                   "body": {"action": "RATIFIED", "date": "2011-03-24", "reason": "Typo",
                            "source": {"citation": "Depositary notification"}}},
                  {"key": "%1$s-ccm-ratified-again", "kind": "treaty-action", "body": {"country": "%1$s",
                   "instrument": "CCM", "action": "RATIFIED", "date": "2012-01-01",
                   "source": {"citation": "UN Treaty Collection"}}}
                ]}""".formatted(country);

        RestAssured.given().contentType(ContentType.JSON).body(file).post("/api/imports?dryRun=true").then()
                .statusCode(201)
                .body("results.outcome", equalTo(java.util.List.of("WOULD_BE_ACCEPTED", "WOULD_BE_ACCEPTED",
                        "WOULD_BE_ACCEPTED", "REJECTED")))
                .body("results[3].error.rule", equalTo("ALREADY_PARTY"));
        org.assertj.core.api.Assertions.assertThat(eventCount(country + ":CCM")).isZero();

        RestAssured.given().contentType(ContentType.JSON).body(file).post("/api/imports").then()
                .statusCode(201)
                .body("results.outcome", equalTo(java.util.List.of("ACCEPTED", "ACCEPTED", "ACCEPTED", "REJECTED")))
                .body("results[2].version", equalTo(2));
        org.assertj.core.api.Assertions.assertThat(eventCount(country + ":CCM")).isEqualTo(3);
    }

    @Test
    void a_reservation_row_names_its_participation_and_is_recorded_once() {
        String country = freshCountry();
        String csv = """
                key,kind,country,instrument,action,reservationKind,text,date,madeWith,sourceCitation
                %1$s-ccm-signed,treaty-action,%1$s,CCM,SIGNED,,,2008-12-03,,UN Treaty Collection
                %1$s-ccm-faroes,reservation,%1$s,CCM,,TERRITORIAL_DECLARATION,"Not applicable to the Faroe Islands.",2008-12-03,SIGNED,UN Treaty Collection (footnote)
                %1$s-ccm-bad,reservation,%1$s,CCM,,SOMETIMES,"x",2010-02-12,,UN Treaty Collection
                """.formatted(country);
        byte[] bytes = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        RestAssured.given().contentType("text/csv; charset=UTF-8").body(bytes).post("/api/imports").then()
                .statusCode(201)
                .body("results.outcome", equalTo(java.util.List.of("ACCEPTED", "ACCEPTED", "REJECTED")))
                .body("results[1].recordId", equalTo(country + ":CCM"))
                .body("results[1].version", equalTo(1))
                .body("results[2].error.field", equalTo("kind"));
        org.assertj.core.api.Assertions.assertThat(eventCount(country + ":CCM")).isEqualTo(2);

        // The same declaration in a JSON file under another key: the participation holds it already.
        RestAssured.given().contentType(ContentType.JSON).body("""
                        {"rows": [{"key": "%1$s-faroes-again", "kind": "reservation", "country": "%1$s",
                          "instrument": "CCM", "body": {"kind": "TERRITORIAL_DECLARATION",
                          "text": "Not applicable to the Faroe Islands.", "date": "2008-12-03",
                          "source": {"citation": "UN Treaty Collection"}}}]}""".formatted(country))
                .post("/api/imports").then().statusCode(201)
                .body("results[0].outcome", equalTo("ALREADY_RECORDED"));
        // A reservation row without its participation: refused naming the missing field.
        RestAssured.given().contentType(ContentType.JSON).body("""
                        {"rows": [{"key": "%1$s-no-country", "kind": "reservation", "instrument": "CCM",
                          "body": {"kind": "DECLARATION", "text": "t", "date": "2010-02-12",
                          "source": {"citation": "c"}}}]}""".formatted(country))
                .post("/api/imports").then().statusCode(201)
                .body("results[0].outcome", equalTo("REJECTED"))
                .body("results[0].error.field", equalTo("country"));
        org.assertj.core.api.Assertions.assertThat(eventCount(country + ":CCM")).isEqualTo(2);
    }

    @Test
    void a_single_write_under_an_import_keys_text_does_not_take_a_colleagues_import_row() {
        String country = freshCountry();
        String other = freshCountry();
        RestAssured.given().auth().preemptive().basic("writer-1", "writer-1").contentType(ContentType.JSON)
                .header("Idempotency-Key", "import:" + country + "-nsg")
                .body("""
                        {"country": "%s", "instrument": "NSG", "action": "JOINED", "date": "2001-01-01",
                         "source": {"citation": "Ministry of Foreign Affairs"}}""".formatted(other))
                .post("/api/treaty-actions").then().statusCode(201);

        ImportsIT.post("""
                key,kind,country,instrument,action,date,sourceCitation
                %s-nsg,treaty-action,%s,NSG,JOINED,2000-01-01,Ministry of Foreign Affairs
                """.formatted(country, country), "").then().statusCode(201)
                .body("results[0].outcome", equalTo("ACCEPTED"))
                .body("results[0].recordId", equalTo(country + ":NSG"));
    }

    @Test
    void a_statement_row_like_one_on_record_is_held_back_as_a_probable_duplicate_unless_told_to_import_it() {
        String country = freshCountry();
        String onRecord = asAlice().body("""
                        {"country": "%s", "date": "2008-01-17",
                         "forum": "First 2008 Session of the CCW Group of Governmental Experts on Cluster Munitions",
                         "instruments": ["CCW", "CCW-P5"], "stance": "CONDITIONAL",
                         "summary": "Humanitarian concerns can be met by full implementation of Protocol V.",
                         "source": {"citation": "Notes by WILPF"}}""".formatted(country))
                .post("/api/statements").then().statusCode(201).extract().path("statementId");
        // The README's sample row (the forum abbreviated, the summary in other words, one of the instruments), the
        // same summary typed again, a statement of another day, and that one again in the same file.
        String csv = """
                key,kind,country,date,instruments,forum,stance,summary,sourceCitation
                %1$s-readme,statement,%1$s,2008-01-17,CCW;CCW-P5,CCW GGE,CONDITIONAL,Concerns can be met by Protocol V,Notes by WILPF
                %1$s-retyped,statement,%1$s,2008-01-17,CCM,Other forum,CONDITIONAL,"  humanitarian concerns can be met by  full implementation of Protocol V.",Notes
                %1$s-other-day,statement,%1$s,2008-04-08,CCW,CCW GGE,OPPOSES,Instruments are not universal,Notes
                %1$s-other-day-again,statement,%1$s,2008-04-08,CCM,ccw gge,OPPOSES,Said again,Notes
                """.formatted(country);

        ImportsIT.post(csv, "?dryRun=true").then().statusCode(201)
                .body("probableDuplicates", equalTo(3))
                .body("accepted", equalTo(1))
                .body("results.outcome", org.hamcrest.Matchers.contains("PROBABLE_DUPLICATE", "PROBABLE_DUPLICATE",
                        "WOULD_BE_ACCEPTED", "PROBABLE_DUPLICATE"))
                .body("results[0].warning.code", equalTo("PROBABLE_DUPLICATE"))
                .body("results[0].warning.records", org.hamcrest.Matchers.contains(onRecord))
                .body("results[0].warning.detail", containsString("duplicates=import"))
                .body("results[0].recordId", nullValue())
                .body("results[1].warning.records", org.hamcrest.Matchers.contains(onRecord))
                .body("results[2].warning", nullValue())
                // The row before it in the same file counts, as every rule of a dry run sees the rows before.
                .body("results[3].warning.records.size()", equalTo(1));

        // For real, by default: the probable duplicates are not written.
        ImportsIT.post(csv, "").then().statusCode(201)
                .body("results.outcome", org.hamcrest.Matchers.contains("PROBABLE_DUPLICATE", "PROBABLE_DUPLICATE",
                        "ACCEPTED", "PROBABLE_DUPLICATE"))
                .body("probableDuplicates", equalTo(3));
        // Told to import them anyway: written, each with its warning; the row already imported is ALREADY_IMPORTED.
        ImportsIT.post(csv, "?duplicates=import").then().statusCode(201)
                .body("results.outcome", org.hamcrest.Matchers.contains("ACCEPTED", "ACCEPTED", "ALREADY_IMPORTED",
                        "ACCEPTED"))
                .body("results[0].warning.records", org.hamcrest.Matchers.contains(onRecord))
                .body("results[0].recordId", org.hamcrest.Matchers.notNullValue())
                // A statement's id does not name its state: the row does, for the report to link to its timeline.
                .body("results[0].country", equalTo(country))
                .body("results[2].warning", nullValue())
                .body("probableDuplicates", equalTo(0));
        // The same file again: every row was imported, none is a duplicate of what it wrote itself.
        ImportsIT.post(csv, "").then().statusCode(201)
                .body("results.outcome", everyItem(equalTo("ALREADY_IMPORTED")));
        ImportsIT.post(csv, "?duplicates=maybe").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("duplicates"));
    }

    @Test
    void an_import_keeps_the_name_of_its_file_in_its_report_and_among_the_latest() {
        String country = freshCountry();
        String location = ImportsIT.post("""
                key,kind,country,instrument,action,date,sourceCitation
                %1$s-nsg,treaty-action,%1$s,NSG,JOINED,2000-01-01,Ministry of Foreign Affairs
                """.formatted(country), "?name=nsg-members-2000.csv").then().statusCode(201)
                .body("fileName", equalTo("nsg-members-2000.csv"))
                .extract().header("Location");
        String importId = location.substring(location.lastIndexOf('/') + 1);

        as("entry").get(location).then().body("fileName", equalTo("nsg-members-2000.csv"));
        as("entry").get("/api/imports?limit=100").then()
                .body("imports.find { it.importId == '" + importId + "' }.fileName", equalTo("nsg-members-2000.csv"));
        ImportsIT.post("key,kind\nk,statement\n", "?name=" + "x".repeat(256)).then().statusCode(400)
                .body("field", equalTo("name"));
    }

    @Test
    void the_rows_not_written_download_as_csv_with_their_problem() {
        String country = freshCountry();
        String location = ImportsIT.post("""
                key,kind,country,instrument,action,date,sourceCitation
                %1$s-good,treaty-action,%1$s,NSG,JOINED,2000-01-01,Ministry of Foreign Affairs
                %1$s-bad,treaty-action,%1$s,NSG,JOINED,2000-13-01,"=HYPERLINK(""http://example.org"")"
                """.formatted(country), "").then().statusCode(201).body("rejected", equalTo(1))
                .extract().header("Location");

        String csv = as("entry").get(location + "/rejected").then().statusCode(200)
                .contentType("text/csv;charset=UTF-8")
                .header("Content-Disposition", containsString("-rejected.csv"))
                .extract().asString();

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("row,line,key,kind,outcome,status,rule,field,column,detail,errors");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith("2,3," + country + "-bad,treaty-action,REJECTED,400,,date,date,");
        as("bob").get(location + "/rejected").then().statusCode(404);
    }

    @Test
    void lines_starting_with_a_hash_are_comments_so_the_template_as_it_stands_imports_nothing() {
        String country = freshCountry();
        ImportsIT.post("""
                key,kind,country,instrument,action,date,sourceCitation
                # an example, never imported: %1$s-example,treaty-action,%1$s,NSG,JOINED,2000-01-01,"A, B"
                """.formatted(country), "?dryRun=true").then().statusCode(400)
                .body("detail", containsString("no rows"));
        ImportsIT.post("""
                key,kind,country,instrument,action,date,sourceCitation
                # a comment, "quoted", with commas
                %1$s-nsg,treaty-action,%1$s,NSG,JOINED,2000-13-01,Ministry of Foreign Affairs
                """.formatted(country), "?dryRun=true").then().statusCode(201)
                .body("rows", equalTo(1))
                .body("results[0].line", equalTo(3))
                .body("results[0].error.field", equalTo("date"));
    }
}
