package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Votes on UN General Assembly resolutions, end to end: recorded and corrected over HTTP, then read on the
 * timeline, counted in the position (as of a date and as known at an instant) and traced in the lineage.
 */
class VotesIT extends ReadsIntegrationTest {

    private static final String TITLE = "Implementation of the Convention on Cluster Munitions";

    static ValidatableResponse vote(String country, String resolution, String date, String vote) {
        return asAlice().body("""
                        {"country": "%s", "resolution": "%s", "title": "%s", "date": "%s", "vote": "%s",
                         "instruments": ["CCM"], "source": {"citation": "UN Digital Library, voting record of %s"}}"""
                        .formatted(country, resolution, TITLE, date, vote, resolution))
                .post("/api/votes").then();
    }

    @Test
    void abstentions_on_two_ccm_resolutions_are_on_the_timeline_and_counted_in_the_position_until_corrected() {
        String country = freshCountry();
        String first = country + ":A_RES_78_32";
        String second = country + ":A_RES_79_56";
        vote(country, "A/RES/78/32", "2023-12-04", "ABSTAIN").statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", org.hamcrest.Matchers.endsWith("/api/votes/" + first))
                .body("voteId", equalTo(first))
                .body("version", equalTo(0));
        vote(country, "A/RES/79/56", "2024-12-02", "ABSTAIN").statusCode(201).body("voteId", equalTo(second));

        eventually("/api/countries/" + country + "/history?instrument=CCM", history -> history
                .body("entries.kind", contains("VOTE", "VOTE"))
                .body("entries.id", contains(first, second))
                .body("entries[0].details.voteId", equalTo(first))
                .body("entries[0].details.resolution", equalTo("A/RES/78/32"))
                .body("entries[0].details.title", equalTo(TITLE))
                .body("entries[0].details.vote", equalTo("ABSTAIN"))
                .body("entries[1].instruments", contains("CCM"))
                .body("entries[1].source.citation", equalTo("UN Digital Library, voting record of A/RES/79/56")));
        RestAssured.get("/api/countries/{c}/history?instrument=NPT", country).then().body("entries", empty());

        RestAssured.get("/api/countries/{c}/position?asOf=2024-06-01", country).then()
                .statusCode(200)
                .body("instruments", empty())
                .body("votes", hasSize(1))
                .body("votes[0].instrument", equalTo("CCM"))
                .body("votes[0].resolution", equalTo("A/RES/78/32"))
                .body("votes[0].date", equalTo("2023-12-04"))
                .body("votes[0].vote", equalTo("ABSTAIN"))
                .body("votes[0].counts.ABSTAIN", equalTo(1))
                .body("votes[0].counts.YES", equalTo(0))
                .body("votes[0].counts.NO", equalTo(0))
                .body("votes[0].counts.ABSENT", equalTo(0));
        RestAssured.get("/api/countries/{c}/position?asOf=2025-01-01", country).then()
                .body("votes[0].resolution", equalTo("A/RES/79/56"))
                .body("votes[0].counts.ABSTAIN", equalTo(2));
        RestAssured.get("/api/countries/{c}/position?asOf=2023-12-03", country).then().body("votes", empty());

        asAlice().body("""
                        {"vote": "NO", "reason": "The voting record lists a no",
                         "source": {"citation": "Official record A/79/PV.48"}}""")
                .post("/api/votes/{id}/corrections", second).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("voteId", equalTo(second))
                .body("version", equalTo(1));

        eventually("/api/countries/" + country + "/history", history -> history
                .body("entries[1].changes", hasSize(1)));
        RestAssured.get("/api/countries/{c}/history", country).then()
                .body("entries[1].details.vote", equalTo("NO"))
                .body("entries[1].changes[0].kind", equalTo("CORRECTED"))
                .body("entries[1].changes[0].before.vote", equalTo("ABSTAIN"))
                .body("entries[1].changes[0].after.vote", equalTo("NO"))
                .body("entries[1].changes[0].reason", equalTo("The voting record lists a no"))
                .body("entries[1].changes[0].source.citation", equalTo("Official record A/79/PV.48"));
        RestAssured.get("/api/countries/{c}/position?asOf=2025-01-01", country).then()
                .body("votes[0].vote", equalTo("NO"))
                .body("votes[0].counts.ABSTAIN", equalTo(1))
                .body("votes[0].counts.NO", equalTo(1));

        Instant corrected = Instant.parse(RestAssured.get("/api/countries/{c}/history", country).then()
                .extract().path("entries[1].changes[0].recordedAt"));
        String justBefore = corrected.minusNanos(1_000).toString();
        RestAssured.get("/api/countries/{c}/position?asOf=2025-01-01&knownAt={t}", country, justBefore).then()
                .body("knownAt", equalTo(justBefore))
                .body("votes[0].vote", equalTo("ABSTAIN"))
                .body("votes[0].counts.ABSTAIN", equalTo(2))
                .body("votes[0].counts.NO", equalTo(0));
        RestAssured.get("/api/countries/{c}/history?knownAt={t}", country, justBefore).then()
                .body("entries[1].details.vote", equalTo("ABSTAIN"))
                .body("entries[1].changes", empty());

        RestAssured.get("/api/audit/records/{id}/lineage", second).then()
                .statusCode(200)
                .body("recordId", equalTo(second))
                .body("recordType", equalTo("Vote"))
                .body("versions", hasSize(2))
                .body("versions.eventType", contains("VoteRecorded", "VoteCorrected"))
                .body("versions[0].changes.find { it.field == 'resolution' }.after", equalTo("A/RES/79/56"))
                .body("versions[1].changes", hasSize(1))
                .body("versions[1].changes[0].field", equalTo("vote"))
                .body("versions[1].changes[0].before", equalTo("ABSTAIN"))
                .body("versions[1].changes[0].after", equalTo("NO"))
                .body("versions[1].reason", equalTo("The voting record lists a no"))
                .body("versions[1].source.citation", equalTo("Official record A/79/PV.48"))
                .body("versions[1].recordedBy", equalTo("alice"));
    }

    @Test
    void an_import_records_vote_rows_as_the_single_write_would() {
        String country = freshCountry();
        String csv = """
                key,kind,country,resolution,title,date,vote,instruments,sourceCitation
                %1$s-78,vote,%1$s,A/RES/78/32,%2$s,2023-12-04,ABSTAIN,CCM,UN Digital Library
                %1$s-79,vote,%1$s,A/RES/79/56,%2$s,2024-12-02,MAYBE,CCM,UN Digital Library
                """.formatted(country, TITLE);

        RestAssured.given().auth().preemptive().basic("alice", "alice").contentType("text/csv").body(csv)
                .post("/api/imports").then()
                .statusCode(201)
                .body("results.outcome", contains("ACCEPTED", "REJECTED"))
                .body("results[0].recordId", equalTo(country + ":A_RES_78_32"))
                .body("results[1].error.field", equalTo("vote"))
                .body("results[1].error.column", equalTo("vote"));
        eventually("/api/countries/" + country + "/history", history -> history
                .body("entries.kind", contains("VOTE"))
                .body("entries[0].details.resolution", equalTo("A/RES/78/32")));
    }

    @Test
    void a_country_votes_once_per_resolution() {
        String country = freshCountry();
        vote(country, "A/RES/79/56", "2024-12-02", "ABSTAIN").statusCode(201);

        vote(country, "A/RES/79/56", "2024-12-02", "NO").statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("ALREADY_VOTED"))
                .body("field", equalTo("resolution"));
        vote(freshCountry(), "A/RES/79/56", "2024-12-02", "NO").statusCode(201);
    }

    @Test
    void bad_fields_are_400_naming_the_field() {
        String country = freshCountry();
        vote(country, "A/RES/79/56", "2024-12-02", "MAYBE").statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("vote"));
        vote(country, "A/RES/79/56", "2024-12-02", "abstain").statusCode(400).body("field", equalTo("vote"));
        vote(country, "RES 79/56", "2024-12-02", "YES").statusCode(400).body("field", equalTo("resolution"));
        vote(country, "a/res/79/56", "2024-12-02", "YES").statusCode(400).body("field", equalTo("resolution"));
        vote(country, "A/RES/79/56", "2024-02-30", "YES").statusCode(400).body("field", equalTo("date"));
        asAlice().body("""
                        {"country": "%s", "resolution": "A/RES/79/56", "date": "2024-12-02", "vote": "YES",
                         "instruments": [], "source": {"citation": "UN Digital Library"}}""".formatted(country))
                .post("/api/votes").then().statusCode(400).body("field", equalTo("instruments"));
        asAlice().body("""
                        {"country": "%s", "resolution": "A/RES/79/56", "date": "2024-12-02", "vote": "YES",
                         "instruments": ["CCM"]}""".formatted(country))
                .post("/api/votes").then().statusCode(400).body("field", equalTo("source"));
        vote(country, "A/RES/79/56", "2099-12-02", "YES").statusCode(409).body("rule", equalTo("DATE_IN_FUTURE"));
        RestAssured.get("/api/audit/records/{id}/lineage", country + ":A_RES_79_56").then().statusCode(404);
    }

    @Test
    void corrections_change_something_of_a_known_vote_and_follow_if_match() {
        String country = freshCountry();
        String id = country + ":A_RES_79_56";
        vote(country, "A/RES/79/56", "2024-12-02", "ABSTAIN").statusCode(201);
        String correction = """
                {"vote": "%s", "reason": "Re-read", "source": {"citation": "Official record"}}""";

        asAlice().body(correction.formatted("ABSTAIN")).post("/api/votes/{id}/corrections", id).then()
                .statusCode(409).body("rule", equalTo("CORRECTION_CHANGES_NOTHING"));
        asAlice().body(correction.formatted("NO")).post("/api/votes/{id}/corrections", country + ":A_RES_78_32")
                .then().statusCode(404).contentType("application/problem+json");
        asAlice().body(correction.formatted("NO")).post("/api/votes/{id}/corrections", "not-a-vote")
                .then().statusCode(400).body("field", equalTo("voteId"));
        asAlice().body("{\"vote\": \"NO\", \"source\": {\"citation\": \"Official record\"}}")
                .post("/api/votes/{id}/corrections", id).then().statusCode(400).body("field", equalTo("reason"));
        asAlice().body("{\"vote\": \"NO\", \"reason\": \"Re-read\"}")
                .post("/api/votes/{id}/corrections", id).then().statusCode(400).body("field", equalTo("source"));

        asAlice().header("If-Match", "\"3\"").body(correction.formatted("NO"))
                .post("/api/votes/{id}/corrections", id).then()
                .statusCode(409).body("currentVersion", equalTo(0));
        asAlice().header("If-Match", "\"0\"").header("Idempotency-Key", "vote-correction-" + id)
                .body(correction.formatted("NO"))
                .post("/api/votes/{id}/corrections", id).then()
                .statusCode(200).body("version", equalTo(1)).header("Idempotent-Replayed", nullValue());
        asAlice().header("Idempotency-Key", "vote-correction-" + id).body(correction.formatted("NO"))
                .post("/api/votes/{id}/corrections", id).then()
                .statusCode(200).body("version", equalTo(1)).header("Idempotent-Replayed", "true");
    }

    static ValidatableResponse voidVote(String voteId, String body) {
        return asAlice().body(body).post("/api/votes/{id}/voids", voteId).then();
    }

    private static final String VOID = """
            {"reason": "Recorded twice: this vote is another delegation's",
             "source": {"citation": "UN Digital Library, voting record of A/RES/79/56, re-read"}}""";

    @Test
    void a_voided_vote_counts_nowhere_while_known_at_before_the_void_and_the_lineage_keep_it() {
        String country = freshCountry();
        String kept = country + ":A_RES_78_32";
        String voided = country + ":A_RES_79_56";
        vote(country, "A/RES/78/32", "2023-12-04", "ABSTAIN").statusCode(201);
        vote(country, "A/RES/79/56", "2024-12-02", "NO").statusCode(201);
        eventually("/api/countries/" + country + "/history", history -> history.body("entries.id",
                contains(kept, voided)));

        voidVote(voided, VOID).statusCode(200)
                .header("ETag", "\"1\"")
                .header("Location", org.hamcrest.Matchers.endsWith("/api/votes/" + voided))
                .body("voteId", equalTo(voided))
                .body("version", equalTo(1));

        eventually("/api/countries/" + country + "/history", history -> history.body("entries.id", contains(kept)));
        RestAssured.get("/api/countries/{c}/position?asOf=2025-01-01", country).then()
                .body("votes", hasSize(1))
                .body("votes[0].voteId", equalTo(kept))
                .body("votes[0].counts.ABSTAIN", equalTo(1))
                .body("votes[0].counts.NO", equalTo(0));
        RestAssured.get("/api/countries/{c}/history?format=csv", country).then().statusCode(200)
                .body(containsString("A/RES/78/32"), not(containsString("A/RES/79/56")));

        RestAssured.get("/api/audit/records/{id}/lineage", voided).then()
                .statusCode(200)
                .body("versions.eventType", contains("VoteRecorded", "VoteVoided"))
                .body("versions[1].changes.field", contains("voided"))
                .body("versions[1].changes[0].after", equalTo(true))
                .body("versions[1].reason", equalTo("Recorded twice: this vote is another delegation's"))
                .body("versions[1].source.citation",
                        equalTo("UN Digital Library, voting record of A/RES/79/56, re-read"))
                .body("versions[1].recordedBy", equalTo("alice"));
        Instant voidRecorded = Instant.parse(RestAssured.get("/api/audit/records/{id}/lineage", voided).then()
                .extract().path("versions[1].recordedAt"));
        String justBefore = voidRecorded.minusNanos(1_000).toString();
        RestAssured.get("/api/countries/{c}/history?knownAt={t}", country, justBefore).then()
                .body("entries.id", contains(kept, voided))
                .body("entries[1].details.vote", equalTo("NO"));
        RestAssured.get("/api/countries/{c}/position?asOf=2025-01-01&knownAt={t}", country, justBefore).then()
                .body("votes[0].voteId", equalTo(voided))
                .body("votes[0].counts.NO", equalTo(1));
        RestAssured.get("/api/audit/events?country={c}", country).then()
                .body("events.eventType", contains("VoteRecorded", "VoteRecorded", "VoteVoided"))
                .body("events[2].reason", equalTo("Recorded twice: this vote is another delegation's"))
                .body("events[2].sourceCitation", equalTo("UN Digital Library, voting record of A/RES/79/56, re-read"));

        voidVote(voided, VOID).statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("ALREADY_VOID"));
        asAlice().body("""
                        {"vote": "YES", "reason": "Re-read", "source": {"citation": "Official record"}}""")
                .post("/api/votes/{id}/corrections", voided).then()
                .statusCode(409).body("rule", equalTo("VOIDED"));
        vote(country, "A/RES/79/56", "2024-12-02", "YES").statusCode(409).body("rule", equalTo("VOIDED"));
    }

    @Test
    void a_void_needs_a_reason_and_a_source_and_follows_if_match_and_idempotency_keys() {
        String country = freshCountry();
        String id = country + ":A_RES_79_56";
        vote(country, "A/RES/79/56", "2024-12-02", "ABSTAIN").statusCode(201);

        voidVote(id, "{\"source\": {\"citation\": \"Official record\"}}").statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("reason"));
        voidVote(id, "{\"reason\": \"A duplicate\"}").statusCode(400).body("field", equalTo("source"));
        voidVote(id, "{\"reason\": \"A duplicate\", \"source\": {\"citation\": \" \"}}").statusCode(400)
                .body("field", org.hamcrest.Matchers.startsWith("source"));
        voidVote(country + ":A_RES_78_32", VOID).statusCode(404).contentType("application/problem+json");
        voidVote("not-a-vote", VOID).statusCode(400).body("field", equalTo("voteId"));
        as("analyst").body(VOID).post("/api/votes/{id}/voids", id).then().statusCode(403);

        asAlice().header("If-Match", "\"3\"").body(VOID).post("/api/votes/{id}/voids", id).then()
                .statusCode(409).body("currentVersion", equalTo(0));
        asAlice().header("If-Match", "\"0\"").header("Idempotency-Key", "vote-void-" + id).body(VOID)
                .post("/api/votes/{id}/voids", id).then()
                .statusCode(200).body("version", equalTo(1)).header("Idempotent-Replayed", nullValue());
        asAlice().header("Idempotency-Key", "vote-void-" + id).body(VOID)
                .post("/api/votes/{id}/voids", id).then()
                .statusCode(200).body("version", equalTo(1)).header("Idempotent-Replayed", "true");
    }
}
