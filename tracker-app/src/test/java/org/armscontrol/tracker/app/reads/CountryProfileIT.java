package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.armscontrol.tracker.app.TrackerApplication;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The country profile over HTTP on the Belarus demo data, which is built from the two seed documents (the Cluster
 * Munition Monitor's profile and the Belarus MFA's non-proliferation page): each of their facts is a sentence that
 * cites its source in a numbered footnote, in HTML and in Markdown, as of a date and as known at an instant.
 */
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tracker.demo-data.enabled=true", "tracker.reference-data.enabled=false"})
class CountryProfileIT extends ReadsIntegrationTest {

    private static final String PROFILE = "/api/countries/{country}/profile";

    @BeforeEach
    void awaitTheDemoDataInTheReadModels() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> RestAssured.get("/api/countries/BLR/history")
                .then().statusCode(200).body("entries.size()", equalTo(19)));
    }

    /** Per instrument: a sentence of the profile (or its start) and a part of the citation its footnote gives. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CCW     | Belarus is party to the Convention on Certain Conventional Weapons: it ratified it on 23 June 1982. | ratification of the Byelorussian SSR
            CCW     | It signed the Convention on Certain Conventional Weapons on 10 April 1981. | signature of the Byelorussian SSR
            CCW-P5  | Belarus is party to the CCW Protocol V: it consented to be bound by it on 29 September 2008. | ratified Protocol V on Explosive Remnants of War on 29 September 2008
            CCW     | On 7 November 2007, at the 2007 Meeting of the States Parties to the CCW in Geneva, Belarus said (stance: supports): Belarus shared the concern over the use of cluster munitions | Geneva, 7 Nov 2007. Notes by WILPF.
            CCW     | On 17 January 2008, at the First 2008 Session of the CCW Group of Governmental Experts on Cluster Munitions in Geneva, Belarus said (stance: conditional): | Geneva, 17 January 2008. Notes by WILPF.
            CCW-P5  | On 17 January 2008, at the First 2008 Session of the CCW Group of Governmental Experts on Cluster Munitions in Geneva | Geneva, 17 January 2008. Notes by WILPF.
            CCW     | On 8 April 2008, at the Second 2008 Session of the CCW Group of Governmental Experts on Cluster Munitions in Geneva, Belarus said (stance: conditional): Belarus continued to believe | Notes by Landmine Action.
            CCM     | On 29 October 2008, at the Interview with the Belarus Support Center for Associations and Foundations (SCAF) | SCAF interview with Ivan Grinevich
            CCM     | Ministry of Foreign Affairs, Belarus said (stance: unclear): Told by campaigners of a survey | Minsk, 29 October 2008.
            CCM     | Belarus holds RBK-500 (cluster munition), in service, as reported in 2004; the quantity is not known. Its origin: inherited from the USSR. | Jane's Air-Launched Weapons, Issue 44
            CCM     | Belarus holds Uragan 220mm rocket (cluster munition), unconfirmed, as reported in 2005 | The Military Balance 2005-2006
            CCM     | Belarus holds Smerch 300mm rocket (cluster munition), unconfirmed, as reported in 2005 | The Military Balance 2005-2006
            HCOC    | Belarus has subscribed to the Hague Code of Conduct since 25 November 2002. | one of the co-founders of The Hague Code of Conduct
            HCOC    | In 2012, at the Joint Ministerial Statement to Commemorate the 10th Anniversary of the Hague Code of Conduct | In 2012 Belarus subscribed to the Joint Ministerial Statement
            NSG     | Belarus has been a member of the Nuclear Suppliers Group since 2000. | Belarus has been a member of Nuclear Suppliers Group since 2000
            NSG     | In 2013, at the Ministry of Foreign Affairs, Non-Proliferation and Export Control (web page), Belarus said (stance: supports): Belarus recognizes the role | undated web page
            ZANGGER | Belarus has been a member of the Zangger Committee since 2010. | Zangger Committee was formalized
            ZANGGER | Belarus recognizes the role of the international export control regimes | undated web page
            PSI     | Belarus has been a member of the Proliferation Security Initiative since 2013. | Belarus is a member of the The Proliferation Security Initiative
            PSI     | Belarus appreciates the efforts of the PSI member states | undated web page
            MTCR    | Belarus supports the objectives and principles of the Missile Technology Control Regime | undated web page
            WASSENAAR | Belarus supports the objectives and principles of the Missile Technology Control Regime | undated web page
            AUSTRALIA-GROUP | Belarus supports the objectives and principles of the Missile Technology Control Regime | undated web page
            UNSCR-1540 | Belarus supported the adoption of Security Council resolution 1540 (2004) | undated web page
            """)
    void eachFactOfTheSeedsIsASentenceThatCitesItsSource(String instrument, String sentence, String citation) {
        Document profile = html("BLR", "");

        Element paragraph = paragraph(profile, instrument, sentence);

        assertThat(footnote(profile, paragraph)).contains(citation);
    }

    @Test
    void whatBelarusHasNotJoinedIsSaidWithoutAFootnote() {
        Document profile = html("BLR", "");

        assertThat(paragraph(profile, "CCM", "Belarus has not signed the Convention on Cluster Munitions.")
                .select("sup")).isEmpty();
        assertThat(paragraph(profile, "MTCR", "Belarus is not a member of the Missile Technology Control Regime.")
                .select("sup")).isEmpty();
    }

    @Test
    void everySourceOfTheRecordIsOneFootnoteAndSaysAsOfWhenItWasWritten() {
        Set<String> citations = RestAssured.get("/api/countries/BLR/history").then().extract()
                .<List<String>>path("entries.source.citation").stream().collect(Collectors.toSet());
        Document profile = html("BLR", "?knownAt=2100-01-01T00:00:00Z&asOf=2026-01-01");

        // Each once: the four statements of the MFA's page cite one footnote.
        assertThat(profile.select(".footnotes li").stream().map(li -> li.ownText().strip()).toList())
                .containsExactlyInAnyOrderElementsOf(
                citations.stream().map(String::strip).toList());
        assertThat(profile.select("h1").text()).isEqualTo("Belarus (BLR)");
        assertThat(profile.select(".standing").text())
                .isEqualTo("Written by the tracker as of 1 January 2026, as known at 2100-01-01T00:00:00Z.");
        assertThat(profile.select("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/profile.css");
    }

    @Test
    void theSameProfileInMarkdownByAcceptOrByFormat() {
        String byAccept = RestAssured.given().accept("text/markdown").get(PROFILE + "?asOf=2026-01-01&knownAt=2100-01-01T00:00:00Z", "BLR")
                .then().statusCode(200).contentType("text/markdown;charset=UTF-8").extract().asString();
        String byFormat = RestAssured.given().accept("application/json")
                .get(PROFILE + "?asOf=2026-01-01&knownAt=2100-01-01T00:00:00Z&format=md", "BLR")
                .then().statusCode(200).contentType(containsString("text/markdown")).extract().asString();

        assertThat(byFormat).isEqualTo(byAccept);
        assertThat(byAccept).startsWith("# Belarus (BLR)\n\n_Written by the tracker as of 1 January 2026, as known at "
                        + "2100-01-01T00:00:00Z._\n")
                .contains("\n## Convention on Cluster Munitions (CCM)\n")
                .contains("\nBelarus has not signed the Convention on Cluster Munitions.\n");
        Matcher nsg = Pattern.compile("\nBelarus has been a member of the Nuclear Suppliers Group since 2000\\.\\[\\^(\\d+)]\n")
                .matcher(byAccept);
        assertThat(nsg.find()).as("the NSG sentence with its footnote").isTrue();
        assertThat(byAccept).contains("\n[^" + nsg.group(1) + "]: Ministry of Foreign Affairs of the Republic of Belarus, "
                + "Non-Proliferation and Export Control: \"Belarus has been a member of Nuclear Suppliers Group since 2000\"\n");
        // Recorded text is escaped: the bracket of Grinevich's quotation does not start a link.
        assertThat(byAccept).contains("safe and \\[nationally\\] beneficial.");
    }

    @Test
    void asOfADateBeforeTheRatificationOfProtocolV() {
        Document profile = html("BLR", "?asOf=2008-09-28");

        assertThat(paragraph(profile, "CCW-P5", "Belarus is not party to the CCW Protocol V.").select("sup")).isEmpty();
        assertThat(profile.select(".footnotes").text()).doesNotContain("Chapter XXVI-2-d")
                .doesNotContain("ratified Protocol V on Explosive Remnants of War on 29 September 2008")
                // Nor what was said or reported after that date.
                .doesNotContain("SCAF interview").doesNotContain("undated web page");
        assertThat(profile.select(".standing").text()).startsWith("Written by the tracker as of 28 September 2008, as known at ");
        assertThat(paragraph(profile, "ZANGGER", "Belarus is not a member of the Zangger Committee.")).isNotNull();
    }

    @Test
    void asKnownAtAnInstantBeforeTheRatificationWasRecorded() {
        String country = freshCountry();
        treatyAction(country, "CCM", "SIGNED", "2008-12-03");
        eventually("/api/countries/" + country + "/history", then -> then.body("entries.size()", equalTo(1)));
        Instant beforeRatification = Instant.now();
        treatyAction(country, "CCM", "RATIFIED", "2010-05-10");
        eventually("/api/countries/" + country + "/history", then -> then.body("entries.size()", equalTo(2)));
        String name = RestAssured.get("/api/countries/" + country + "/history").then().extract().path("countryName");

        assertThat(paragraphs(html(country, "?knownAt=" + beforeRatification), "CCM").get(0).ownText())
                .isEqualTo(name + " signed the Convention on Cluster Munitions on 3 December 2008 and is not party to it.");
        assertThat(paragraphs(html(country, ""), "CCM").get(0).ownText())
                .isEqualTo(name + " is party to the Convention on Cluster Munitions: it ratified it on 10 May 2010.");
    }

    @Test
    void recordedTextIsEscapedInHtmlAndInMarkdown() {
        String country = freshCountry();
        String payload = "<script>alert('xss')</script><img src=x onerror=alert(1)> *bold* [a](javascript:alert(2))";
        asAlice().body("""
                        {"country": "%1$s", "date": "2020-02-02", "forum": "Forum %2$s", "location": "Place %2$s",
                         "speaker": "Speaker %2$s", "instruments": ["CCM"], "stance": "OPPOSES",
                         "summary": "Summary %2$s", "quote": "Quote %2$s",
                         "source": {"citation": "Citation %2$s"}}"""
                        .formatted(country, payload.replace("\"", "\\\"")))
                .post("/api/statements").then().statusCode(201);
        eventually("/api/countries/" + country + "/history", then -> then.body("entries.size()", equalTo(1)));

        Document html = html(country, "");
        assertThat(html.select("script, img, a[href^=javascript]")).isEmpty();
        assertThat(html.select("section[data-instrument=CCM] p").get(1).ownText())
                .contains("Forum " + payload).contains("Place " + payload).contains("Speaker " + payload)
                .contains("Summary " + payload).contains("Quote " + payload);
        assertThat(html.select(".footnotes li").text()).isEqualTo("Citation " + payload);

        String markdown = RestAssured.get(PROFILE + "?format=md", country).then().statusCode(200).extract().asString();
        // No '<' nor link "](" that is not backslash-escaped.
        assertThat(markdown).doesNotContainPattern("(?<!\\\\)<").doesNotContainPattern("(?<!\\\\)]\\(")
                .contains("Summary \\<script\\>alert('xss')\\</script\\>\\<img src=x onerror=alert(1)\\> \\*bold\\* "
                        + "\\[a\\](javascript:alert(2))");
    }

    @ParameterizedTest(name = "{0} with Accept {1}")
    @CsvSource({"asOf=29-09-2008, asOf, text/html", "knownAt=yesterday, knownAt, text/markdown",
            "format=pdf, format, */*", "asOf=2008-02-30, asOf, application/problem+json"})
    void aBadParameterIsAProblemNamingIt(String query, String field, String accept) {
        RestAssured.given().accept(accept).get(PROFILE + "?" + query, "BLR").then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo(field));
    }

    @Test
    void anUnknownCountryIsNotFound() {
        RestAssured.given().accept("text/html").get(PROFILE, "XXX").then()
                .statusCode(404).contentType("application/problem+json");
        RestAssured.get(PROFILE, "blr").then().statusCode(400).body("field", equalTo("country"));
    }

    @Test
    void theFragmentIsTheArticleAlone() {
        String fragment = RestAssured.get(PROFILE + "?fragment=true", "BLR").then().statusCode(200)
                .contentType("text/html;charset=UTF-8").extract().asString();

        assertThat(fragment).startsWith("<article class=\"profile\" lang=\"en\">\n<h2>Belarus (BLR)</h2>")
                .doesNotContain("<html");
    }

    private static Document html(String country, String query) {
        Response response = RestAssured.given().accept("text/html").get(PROFILE + query, country);
        response.then().statusCode(200).contentType("text/html;charset=UTF-8");
        return Jsoup.parse(response.asString());
    }

    private static List<Element> paragraphs(Document profile, String instrument) {
        return profile.select("section[data-instrument=" + instrument + "] p");
    }

    private static Element paragraph(Document profile, String instrument, String sentence) {
        return paragraphs(profile, instrument).stream().filter(p -> p.ownText().contains(sentence)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence '" + sentence + "' under " + instrument + " in:\n"
                        + paragraphs(profile, instrument).stream().map(Element::ownText)
                        .collect(Collectors.joining("\n"))));
    }

    /** The citation of the footnote the paragraph's superscript links to. */
    private static String footnote(Document profile, Element paragraph) {
        String target = paragraph.select("sup a").attr("href");
        assertThat(target).as("a footnote on: " + paragraph.ownText()).startsWith("#fn-");
        return profile.select("li" + target).text();
    }
}
