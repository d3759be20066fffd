package org.armscontrol.tracker.app.ui;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.armscontrol.tracker.app.ComparedStates;
import org.armscontrol.tracker.app.ReadModelsCaughtUp;
import org.armscontrol.tracker.app.TrackerApplication;
import org.armscontrol.tracker.testsupport.TestDatabaseInitializer;
import org.armscontrol.tracker.testsupport.TestUsersInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in a real browser (headless Chromium) against the whole tracker over HTTP on a real PostgreSQL, with
 * the Belarus demo data: signing in, recording a ratification and finding it on the timeline, the server's
 * validation messages next to the field, and the pages an analyst and an auditor use. Screenshots of each step are
 * kept in {@code tracker-app/target/screenshots/}.
 */
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tracker.demo-data.enabled=true", "tracker.reference-data.enabled=false"})
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestUsersInitializer.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiBrowserIT {

    @LocalServerPort
    int port;

    private HeadlessChromium browser;

    @BeforeAll
    void startBrowser() {
        browser = new HeadlessChromium(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signOut() {
        browser.driver().manage().deleteAllCookies();
        RestAssured.port = port;
    }

    /** Each page, as the user who uses it, once it has drawn what it waits for. */
    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("/sign-in.html", null, "#sign-in"),
                Arguments.of("/", "analyst", "#instruments tr"),
                Arguments.of("/record.html#statement", "entry", "#statement"),
                Arguments.of("/record.html#reservation", "entry", "#reservation"),
                Arguments.of("/record.html?voteId=BLR:A_RES_79_56#vote-void", "entry", "#vote-void"),
                Arguments.of("/import.html", "entry", "#import"),
                Arguments.of("/country.html?country=BLR", "analyst", "#timeline > li"),
                Arguments.of("/profile.html?country=BLR", "analyst", "#profile .footnotes li"),
                Arguments.of("/instrument.html?instrument=CCW-P5", "analyst", "#participants tbody tr"),
                Arguments.of("/audit.html?record=BLR:CCW-P5", "auditor", "#lineage ol"),
                Arguments.of("/admin.html", "admin", "#segments tbody tr"),
                Arguments.of("/catalogue.html", "admin", "#register"),
                Arguments.of("/catalogue.html", "analyst", "#catalogue tbody tr"),
                Arguments.of("/compare.html?countries=BLR,UKR&asOf=2008-06-01", "analyst", "#matrix tbody tr"));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("pages")
    void everyPageMeetsWcag21AA(String page, String user, String drawn) {
        if (user != null) {
            browser.signIn(user, user);
            browser.await(driver -> browser.currentPath().equals("/"));
        }
        browser.open(page);
        browser.await(drawn);

        assertThat(browser.accessibilityViolations()).as("axe-core on " + page).isEmpty();
    }

    @Test
    void aSignedOutVisitorIsSentToSignInAndBackAfterwards() {
        browser.open("/country.html?country=BLR");

        browser.await(driver -> driver.getCurrentUrl().contains("/sign-in.html?next="));
        browser.type("#username", "analyst");
        browser.type("#password", "analyst");
        browser.find("#sign-in button[type=submit]").click();

        browser.await(driver -> browser.currentPath().equals("/country.html?country=BLR"));
        assertThat(browser.await("header .user").getText()).contains("analyst (ANALYST)");
    }

    /**
     * A sign-in link cannot send the user to another site afterwards: browsers read '/\host' and '/<tab>/host' as
     * '//host', so only what parses, as a URL, to this origin is followed; anything else goes to the home page.
     */
    @ParameterizedTest(name = "next={0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/%5C127.0.0.1:18081/x", "/%09/host", "//host/x",
            "/%5C/host", "https://host/x", "/%0A/host", "javascript:alert(1)"})
    void signInFollowsOnlySameOriginPaths(String next) {
        browser.signIn("analyst", "analyst");
        browser.await(driver -> browser.currentPath().equals("/"));

        browser.open("/sign-in.html?next=" + next);

        browser.await(driver -> driver.getCurrentUrl().equals("http://localhost:" + port + "/"));
        assertThat(browser.await("header .user").getText()).contains("analyst (ANALYST)");
    }

    @Test
    void aWrongPasswordIsSaidNextToThePasswordField() {
        browser.signIn("entry", "not the password");

        WebElement message = browser.await("#sign-in .form-status .error");
        assertThat(message.getText()).contains("Wrong user name or password");
        assertThat(browser.find("#password").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#password").findElement(By.xpath("..")).getText())
                .contains("the user name or the password is wrong");
        browser.screenshot("sign-in-failed");
    }

    @Test
    void dataEntryRecordsARatificationAndSeesItOnTheTimeline() {
        // Iceland signed the CCM on 3 December 2008 (recorded through the API) and ratified it on 31 August 2015.
        treatyAction("ISL", "CCM", "SIGNED", "2008-12-03");
        browser.signIn("entry", "entry");
        browser.await(driver -> browser.currentPath().equals("/"));

        browser.open("/record.html#treaty-action");
        browser.type("#treaty-action-country", "ISL");
        new Select(browser.await("#treaty-action-instrument")).selectByValue("CCM");
        // The form offers the API's vocabulary: every kind of action, with the depositary's marker.
        assertThat(new Select(browser.find("#treaty-action-action")).getOptions().stream()
                .map(option -> option.getAttribute("value")).filter(value -> !value.isEmpty()).toList())
                .containsExactlyElementsOf(java.util.Arrays.stream(
                        org.armscontrol.tracker.shared.participation.TreatyAction.values()).map(Enum::name).toList());
        assertThat(browser.find("#treaty-action-action option[value=CONSENTED_TO_BE_BOUND]").getText())
                .isEqualTo("consented to be bound (P)");
        new Select(browser.find("#treaty-action-action")).selectByValue("RATIFIED");
        browser.type("#treaty-action-date", "2015-08-31");
        browser.type("#treaty-action-source-citation", "UN Treaty Collection, Status of Treaties, chapter XXVI-6");
        browser.type("#treaty-action-source-url", "https://treaties.un.org/");
        browser.screenshot("record-treaty-action");
        browser.find("#treaty-action button[type=submit]").click();

        WebElement done = browser.await("#treaty-action .form-status .done");
        assertThat(done.getText()).contains("Recorded: ISL:CCM, version 1");
        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        done.findElement(By.linkText("See ISL's timeline")).click();

        WebElement ratification = browser.await(driver -> driver.findElements(By.cssSelector("#timeline > li"))
                .stream().filter(entry -> entry.getText().contains("ratified → PARTY")).findFirst().orElse(null));
        assertThat(ratification.getText()).contains("2015-08-31").contains("CCM")
                .contains("UN Treaty Collection, Status of Treaties, chapter XXVI-6").contains("by entry");
        assertThat(browser.find("#position tbody").getText()).contains("CCM PARTY 2015-08-31 ratified");
        browser.screenshot("timeline-after-ratification");
    }

    @Test
    void aBadDateGetsTheServersMessageNextToTheDateField() {
        browser.signIn("entry", "entry");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.open("/record.html#treaty-action");
        browser.type("#treaty-action-country", "ISL");
        new Select(browser.await("#treaty-action-instrument")).selectByValue("CCW");
        new Select(browser.find("#treaty-action-action")).selectByValue("ACCEDED");
        browser.type("#treaty-action-date", "2008-02-30");
        browser.type("#treaty-action-source-citation", "UN Treaty Collection");
        browser.find("#treaty-action button[type=submit]").click();

        WebElement error = browser.await("#treaty-action .field-error");
        WebElement date = browser.find("#treaty-action-date");
        assertThat(date.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(date.getAttribute("aria-describedby")).contains(error.getAttribute("id"));
        assertThat(error.findElement(By.xpath("..")).findElement(By.cssSelector("input")).getAttribute("id"))
                .isEqualTo("treaty-action-date");
        assertThat(error.getText()).contains("2008-02-30");
        assertThat(browser.find("#treaty-action .form-status").getText()).contains("(400)");
        browser.screenshot("validation-error");
        assertThat(browser.accessibilityViolations()).as("the form showing its errors").isEmpty();

        // A date in the future breaks a rule (409), shown at the same place.
        browser.type("#treaty-action-date", "2999-01-01");
        browser.find("#treaty-action button[type=submit]").click();
        browser.await(driver -> browser.find("#treaty-action .form-status").getText().contains("DATE_IN_FUTURE"));
        assertThat(browser.find("#treaty-action .field-error").getText()).isNotBlank();
    }

    @Test
    void dataEntryChecksAFileWithADryRunThenImportsIt(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("treaty-actions.csv");
        Files.writeString(file, """
                key,kind,country,instrument,action,date,sourceCitation
                pry-ccm-signed,treaty-action,PRY,CCM,SIGNED,2008-12-03,UN Treaty Collection
                pry-ccm-ratified,treaty-action,PRY,CCM,RATIFIED,2015-03-12,UN Treaty Collection
                pry-ccm-ratified-again,treaty-action,PRY,CCM,RATIFIED,2015-03-13,UN Treaty Collection
                pry-apmbt-signed,treaty-action,PRY,APMBT,SIGNED,03/12/1997,UN Treaty Collection
                """);
        browser.signIn("entry", "entry");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.open("/import.html");

        browser.await("#file").sendKeys(file.toAbsolutePath().toString());
        assertThat(browser.find("#dry-run").isSelected()).isTrue();
        browser.find("#import button[type=submit]").click();

        browser.await(driver -> browser.find("#summary").getText().startsWith("DONE"));
        assertThat(browser.find("#summary").getText())
                .isEqualTo("DONE: 2 would be accepted, 0 already imported, 2 rejected.");
        String rejected = browser.find("#results tbody").getText();
        assertThat(rejected).contains("pry-ccm-ratified-again").contains("ALREADY_PARTY")
                .contains("pry-apmbt-signed").contains("[date]").doesNotContain("pry-ccm-signed ");
        browser.screenshot("import-dry-run");
        RestAssured.given().auth().preemptive().basic("admin", "admin").get("/api/audit/events?country=PRY")
                .then().body("events.size()", org.hamcrest.Matchers.equalTo(0));

        browser.find("#dry-run").click();
        browser.find("#import button[type=submit]").click();
        browser.await(driver -> browser.find("#summary").getText().startsWith("DONE: 2 accepted"));
        assertThat(browser.find("#recent tbody tr").getText()).contains("entry").contains("no").contains("done");
        RestAssured.given().auth().preemptive().basic("admin", "admin").get("/api/audit/events?country=PRY")
                .then().body("events.size()", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void dataEntryRecordsADeclarationAndItIsOnTheTimeline() {
        // France signed the CCW on 10 April 1981 and ratified it on 4 March 1988 (not Belarus: the demo data's
        // test counts Belarus's entries in this same application).
        treatyAction("FRA", "CCW", "SIGNED", "1981-04-10");
        treatyAction("FRA", "CCW", "RATIFIED", "1988-03-04");
        browser.signIn("entry", "entry");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.open("/record.html?country=FRA&instrument=CCW#reservation");

        new Select(browser.await("#reservation-kind")).selectByValue("DECLARATION");
        browser.type("#reservation-date", "1988-03-04");
        new Select(browser.find("#reservation-madeWith")).selectByValue("RATIFIED");
        browser.type("#reservation-text", "An interpretative statement made on ratification (test).");
        browser.type("#reservation-source-citation", "UN Treaty Collection, CCW declarations");
        browser.find("#reservation button[type=submit]").click();

        WebElement done = browser.await("#reservation .form-status .done");
        assertThat(done.getText()).startsWith("Recorded: R");
        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        done.findElement(By.linkText("See FRA's timeline")).click();
        browser.await(driver -> browser.find("#timeline").getText()
                .contains("declaration R2 (on ratified): An interpretative statement made on ratification (test)."));
    }

    @Test
    void anAdminRegistersAnInstrumentAmendsItsWithdrawalNoticeAndSeesItInTheCatalogue() {
        // An id no earlier run used (the test database outlives a run).
        String id = "UI-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        browser.signIn("admin", "admin");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.open("/catalogue.html");
        browser.await("#catalogue tbody tr");

        // A bad id first: the server's message next to the id field.
        browser.type("#register-id", id.toLowerCase(java.util.Locale.ROOT));
        browser.type("#register-shortName", "Test convention " + id);
        browser.type("#register-name", "A convention registered through the web UI");
        new Select(browser.find("#register-kind")).selectByValue("TREATY");
        new Select(browser.find("#register-joining")).selectByValue("SIGNATURE_THEN_RATIFICATION");
        browser.type("#register-depositary", "Director General of the International Atomic Energy Agency");
        browser.type("#register-openedOn", "2020-01-10");
        new Select(browser.find("#register-clauses-entryIntoForce-counting")).selectByValue("FROM_DEPOSIT");
        browser.type("#register-clauses-entryIntoForce-delay", "30");
        new Select(browser.find("#register-clauses-entryIntoForce-early")).selectByValue("LATER_OF_THE_TWO");
        browser.type("#register-clauses-withdrawalArticle", "Art. 21");
        browser.type("#register-clauses-withdrawalNotice", "6");
        browser.type("#register-source-citation", "Text of the convention (test)");
        browser.find("#register button[type=submit]").click();
        WebElement error = browser.await("#register .field-error");
        assertThat(browser.find("#register-id").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#register-id").getAttribute("aria-describedby")).contains(error.getAttribute("id"));
        assertThat(browser.find("#register-id").findElement(By.xpath("..")).getText()).contains("not an instrument id");

        browser.type("#register-id", id);
        browser.find("#register button[type=submit]").click();
        assertThat(browser.await("#register .form-status .done").getText())
                .startsWith("Registered: " + id + ", version 0");
        assertThat(browser.await("#row-" + id).getText()).contains("six months after notification")
                .contains("30 days after deposit");

        // The withdrawal notice amended: 180 days, as the depositary's text reads.
        browser.await(driver -> browser.find("#amend-instrument").findElements(By.cssSelector("option[value='" + id
                + "']")).size() == 1);
        new Select(browser.find("#amend-instrument")).selectByValue(id);
        browser.type("#amend-clauses-withdrawalNotice", "180");
        new Select(browser.find("#amend-clauses-withdrawalNotice-unit")).selectByValue("days");
        browser.type("#amend-reason", "Art. 21(2): 180 days after the depositary receives the notification");
        browser.type("#amend-source-citation", "Text of the convention, Art. 21 (test)");
        browser.screenshot("catalogue-amendment");
        browser.find("#amend button[type=submit]").click();
        assertThat(browser.await("#amend .form-status .done").getText()).startsWith("Amended: " + id + ", version 1");
        browser.await(driver -> browser.find("#row-" + id).getText().contains("180 days after notification"));
        assertThat(browser.accessibilityViolations()).as("axe-core on the catalogue after both writes").isEmpty();

        // Reloaded, as anyone reads it; and a state may act on it at once.
        browser.open("/catalogue.html");
        assertThat(browser.await("#row-" + id).getText()).contains("180 days after notification");
        treatyAction("AUT", id, "SIGNED", "2020-02-03");
    }

    @Test
    void whoIsNotAnAdminSeesTheCatalogueAndWhyThereIsNoFormToChangeIt() {
        browser.signIn("entry", "entry");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.open("/catalogue.html");

        assertThat(browser.await("#row-PELINDABA").getText()).contains("Chairperson of the African Union Commission")
                .contains("one year after notification");
        assertThat(browser.await("#admin-only").getText()).startsWith("Only an admin registers or amends instruments");
        assertThat(browser.driver().findElements(By.cssSelector("#register, #amend"))).isEmpty();
    }

    @Test
    void dataEntryVoidsAVoteFromTheTimelineAndItLeavesTheTimeline() {
        RestAssured.given().auth().preemptive().basic("alice", "alice").contentType(ContentType.JSON).body("""
                        {"country": "PRT", "resolution": "A/RES/79/56", "date": "2024-12-02", "vote": "YES",
                         "instruments": ["CCM"], "source": {"citation": "UN Digital Library, voting record"}}""")
                .post("/api/votes").then().statusCode(201);
        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        browser.signIn("entry", "entry");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.open("/country.html?country=PRT");
        browser.await("#timeline > li");

        browser.find("#timeline").findElement(By.linkText("Void")).click();
        browser.await(driver -> browser.find("#vote-void-voteId").getAttribute("value").equals("PRT:A_RES_79_56"));
        browser.type("#vote-void-reason", "Keyed under Portugal in error (test)");
        browser.type("#vote-void-source-citation", "UN Digital Library, voting record, re-read");
        browser.find("#vote-void button[type=submit]").click();

        WebElement done = browser.await("#vote-void .form-status .done");
        assertThat(done.getText()).startsWith("Recorded: PRT:A_RES_79_56, version 1");
        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        RestAssured.given().auth().preemptive().basic("admin", "admin").get("/api/countries/PRT/history")
                .then().body("entries.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void dataEntryCorrectsTheKindOfATreatyActionThenVoidsOneKeyedUnderTheWrongCountry() {
        // Singapore has no other CWC record here: an accession, corrected to the acceptance the CWC opens to states
        // that did not sign, is then found to be keyed under the wrong country and voided from the timeline.
        treatyAction("SGP", "CWC", "ACCEDED", "2018-03-01");
        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        browser.signIn("entry", "entry");
        browser.await(driver -> browser.currentPath().equals("/"));

        browser.open("/record.html?country=SGP&instrument=CWC&action=ACCEDED#correction");
        browser.await(driver -> browser.find("#correction-action").getAttribute("value").equals("ACCEDED"));
        new Select(browser.find("#correction-correctedAction")).selectByValue("ACCEPTED");
        browser.type("#correction-reason", "The depositary marks an acceptance (A) (test)");
        browser.type("#correction-source-citation", "UN Treaty Collection, XXVI-3");
        browser.find("#correction button[type=submit]").click();
        assertThat(browser.await("#correction .form-status .done").getText()).startsWith("Recorded: SGP:CWC");

        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        browser.open("/country.html?country=SGP");
        browser.await("#timeline > li");
        browser.find("#timeline").findElement(By.linkText("Void")).click();
        browser.await(driver -> browser.find("#treaty-action-void-action").getAttribute("value").equals("ACCEPTED"));
        assertThat(browser.find("#treaty-action-void-date").getAttribute("value")).isEqualTo("2018-03-01");
        browser.type("#treaty-action-void-reason", "Keyed under Singapore; not Singapore's (test)");
        browser.type("#treaty-action-void-source-citation", "UN Treaty Collection, XXVI-3");
        browser.find("#treaty-action-void button[type=submit]").click();
        assertThat(browser.await("#treaty-action-void .form-status .done").getText()).startsWith("Recorded: SGP:CWC");
        browser.screenshot("treaty-action-void");

        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        RestAssured.given().auth().preemptive().basic("admin", "admin").get("/api/countries/SGP/history")
                .then().body("entries.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void theCsvTemplateTheImportPageOffersWritesNothingAsItStandsAndItsExamplesPassADryRun() {
        String template = RestAssured.given().get("/assets/import-template.csv").then().statusCode(200)
                .extract().asString();

        // As it stands: a header and comment lines, no row; the importer refuses it.
        RestAssured.given().auth().preemptive().basic("entry", "entry").contentType("text/csv").body(template)
                .post("/api/imports").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("no rows"));
        // Its examples, taken out of their comments, pass a dry run (the Belarus statement is the demo's own:
        // imported only when told to import probable duplicates).
        String examples = template.replaceAll("(?m)^# (?=[a-z0-9-]+,[a-z-]+,)", "");
        RestAssured.given().auth().preemptive().basic("entry", "entry").contentType("text/csv").body(examples)
                .post("/api/imports?dryRun=true&duplicates=import").then().statusCode(201)
                .body("rows", org.hamcrest.Matchers.equalTo(5))
                .body("accepted", org.hamcrest.Matchers.equalTo(5))
                .body("results.kind", org.hamcrest.Matchers.hasItems("treaty-action", "statement",
                        "stockpile-declaration", "vote"));
    }

    @Test
    void aStateIsFoundByItsNameInThePickers() {
        browser.signIn("analyst", "analyst");
        browser.await(driver -> browser.currentPath().equals("/"));
        // The list offers each state as the UN names it, with its code (and a former name, to find it by).
        browser.await(driver -> !driver.findElements(By.cssSelector("#countries option[value=SWZ]")).isEmpty());
        assertThat(browser.find("#countries option[value=BLR]").getAttribute("textContent")).isEqualTo("Belarus (BLR)");
        assertThat(browser.find("#countries option[value=SWZ]").getAttribute("textContent"))
                .isEqualTo("Eswatini (SWZ) — formerly Swaziland");

        // A name typed instead of a code becomes the code when the field is left, and the hint says which state.
        browser.type("#country", "ivoire");
        browser.find("#country").sendKeys(Keys.TAB);
        browser.await(driver -> browser.find("#country").getAttribute("value").equals("CIV"));
        assertThat(browser.find("#country-hint").getText()).isEqualTo("Côte d'Ivoire (CIV)");
        browser.find("#country").submit();
        browser.await(driver -> browser.find("#title").getText().equals("Côte d'Ivoire (CIV)"));

        // A name that may mean several states lists them, and the field keeps what was typed.
        browser.await(driver -> !driver.findElements(By.cssSelector("#countries option")).isEmpty());
        browser.type("#country", "Korea");
        browser.find("#country").sendKeys(Keys.TAB);
        browser.await(driver -> browser.find("#country-hint").getText().startsWith("Which one?"));
        assertThat(browser.find("#country-hint").getText())
                .contains("Democratic People's Republic of Korea (PRK)").contains("Republic of Korea (KOR)");
        assertThat(browser.find("#country").getAttribute("value")).isEqualTo("Korea");
        browser.screenshot("country-picker-by-name");
    }

    @Test
    void anAnalystSeesTheCountryChartsAndTheInstrumentParticipants() {
        browser.signIn("analyst", "analyst");
        browser.await(driver -> browser.currentPath().equals("/"));

        browser.open("/country.html?country=BLR");
        browser.await(driver -> browser.find("#timeline").getText().contains("Protocol V"));
        assertThat(browser.find("#position tbody").getText()).contains("CCW-P5 PARTY 2008-09-29");
        assertThat(browser.find("#periods tbody").getAttribute("textContent")).contains("CCW-P5");
        assertThat((Boolean) browser.driver().executeScript(
                "return Chart.getChart(document.getElementById('status-chart')) !== undefined")).isTrue();
        // Oldest first, then only one instrument.
        new Select(browser.find("#order")).selectByValue("oldest");
        new Select(browser.find("#instrument-filter")).selectByValue("CCW-P5");
        assertThat(browser.find("#timeline > li").getText()).contains("CCW-P5");
        assertThat(browser.find("#export-csv").getAttribute("href")).contains("format=csv").contains("instrument=CCW-P5");
        new Select(browser.find("#instrument-filter")).selectByValue("");
        browser.screenshot("country-timeline");

        // The position as of a date before the ratification, chosen with the date picker.
        browser.driver().executeScript("document.getElementById('asOf').value = '2008-01-01'");
        browser.find("#view button[type=submit]").click();
        browser.await(driver -> browser.find("#position-caption").getText().contains("As of 2008-01-01"));
        assertThat(browser.currentPath()).isEqualTo("/country.html?country=BLR&asOf=2008-01-01");
        assertThat(browser.find("#position tbody").getText()).doesNotContain("CCW-P5 PARTY");

        browser.open("/instrument.html?instrument=CCW-P5");
        browser.await(driver -> browser.find("#participants tbody").getText().contains("BLR"));
        assertThat(browser.find("#participants tbody").getText()).contains("BLR Belarus");
        assertThat((Boolean) browser.driver().executeScript(
                "return Chart.getChart(document.getElementById('counts-chart')) !== undefined")).isTrue();
        browser.screenshot("instrument-participants");

        // Between the consent (29 September 2008, corrected in the demo data from a ratification to the consent to be
        // bound the depositary records) and its entry into force for Belarus six months later.
        browser.open("/instrument.html?instrument=CCW-P5&asOf=2008-12-01");
        browser.await(driver -> browser.find("#participants tbody").getText().contains("BLR"));
        assertThat(browser.find("#participants tbody").getText()).contains("PARTY 2008-09-29 consented to be bound from 2009-03-29");
        // The dates side by side, as the depositary's table shows them, and its header counts.
        assertThat(browser.find("#participants tbody").getText())
                .contains("2008-09-29 consented to be bound (P)");
        assertThat(browser.find("#depositary-counts").getText())
                .startsWith("As the depositary's table counts them:").contains("parties");
        new Select(browser.find("#basis")).selectByValue("in-force");
        browser.find("#view button[type=submit]").click();
        browser.await(driver -> browser.currentPath().contains("basis=in-force"));
        browser.await(driver -> browser.find("#counts").getText().contains("DEPOSITED_NOT_IN_FORCE 1"));
        assertThat(browser.find("#counts").getText()).contains("PARTY 0");
    }

    @Test
    void anAnalystReadsTheBelarusProfileFromTheCountryPageAndPrintsItWithoutTheNavigation() {
        browser.signIn("analyst", "analyst");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.open("/country.html?country=BLR&asOf=2026-01-01");
        browser.await("#profile-link:not([hidden]) a").click();

        browser.await(driver -> browser.currentPath().startsWith("/profile.html?country=BLR&asOf=2026-01-01"));
        WebElement profile = browser.await("#profile .footnotes li");
        assertThat(browser.find("#title").getText()).isEqualTo("Profile: Belarus (BLR)");
        assertThat(browser.find("#profile .standing").getText())
                .startsWith("Written by the tracker as of 1 January 2026, as known at ");
        assertThat(browser.find("#profile section[data-instrument='CCM']").getText())
                .contains("Belarus has not signed the Convention on Cluster Munitions.");
        // A footnote mark leads to its source at the end.
        WebElement mark = browser.find("#profile section[data-instrument='NSG'] sup a");
        assertThat(browser.find("#profile " + mark.getAttribute("hash")).getText())
                .contains("Belarus has been a member of Nuclear Suppliers Group since 2000");
        assertThat(browser.find("header nav a[aria-current=page]").getText()).isEqualTo("Profiles");
        assertThat(profile.isDisplayed()).isTrue();
        assertThat(browser.accessibilityViolations()).as("axe-core on the profile").isEmpty();
        Path shot = browser.screenshot("profile");
        assertThat(shot).exists();

        // On paper: no navigation nor form, the sources still last.
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.find("header").isDisplayed()).isFalse();
            assertThat(browser.find("#view").isDisplayed()).isFalse();
            assertThat((Boolean) browser.driver().executeScript(
                    "const sections = document.querySelectorAll('#profile article > section');"
                            + "return sections[sections.length - 1].classList.contains('footnotes')")).isTrue();
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void anAnalystComparesBelarusWithThreeStatesAsOf1June2008() {
        ComparedStates.recordAndAwait();
        browser.signIn("analyst", "analyst");
        browser.await(driver -> browser.currentPath().equals("/"));

        browser.open("/compare.html");
        browser.await("#instruments option");
        // The states by name, with the country picker: each name becomes the state it means.
        for (String name : java.util.List.of("Belarus", "Ukraine", "Russian Federation", "Poland")) {
            browser.type("#country", name);
            browser.find("#add-country").click();
            browser.await(driver -> browser.find("#chosen").getText().contains(name + " ("));
        }
        assertThat(browser.find("#chosen").getText()).contains("Russian Federation (RUS)");
        Select instruments = new Select(browser.find("#instruments"));
        for (String id : java.util.List.of("CCW", "CCW-P4", "CCW-P5", "CCM")) {
            instruments.selectByValue(id);
        }
        // The region and status lists come from the API.
        assertThat(new Select(browser.find("#region")).getOptions()).extracting(WebElement::getText)
                .contains("Eastern Europe");
        assertThat(new Select(browser.find("#status")).getOptions()).extracting(WebElement::getText)
                .contains("party");
        browser.driver().executeScript("document.getElementById('asOf').value = '2008-06-01'");
        browser.find("#view button[type=submit]").click();

        browser.await(driver -> browser.find("#matrix-caption").getText().startsWith("As of 2008-06-01"));
        assertThat(browser.currentPath()).isEqualTo("/compare.html?countries=BLR%2CUKR%2CRUS%2CPOL"
                + "&instruments=CCM%2CCCW%2CCCW-P4%2CCCW-P5&asOf=2008-06-01");
        assertThat(browser.find("#matrix-caption").getText()).endsWith("4 states × 4 instruments");
        assertThat(browser.find("#matrix thead").getText()).contains("CCW-P4");
        String rows = browser.find("#matrix tbody").getText();
        assertThat(rows).contains("BLR Belarus").contains("RUS Russian Federation").contains("Eastern Europe");
        assertThat(browser.find("#matrix tbody tr:nth-child(1)").getText())
                .contains("PARTY since 1982-06-23").contains("ratified 1982-06-23");
        assertThat(browser.find("#matrix tbody tr:nth-child(2)").getText())
                .contains("PARTY since 2003-05-28").contains("consented to be bound 2003-05-28 (P)");
        assertThat(browser.find("#export-csv").getText()).isEqualTo("Download CSV");
        assertThat(browser.find("#export-csv").getAttribute("href")).contains("/api/compare?")
                .contains("countries=BLR%2CUKR%2CRUS%2CPOL").contains("format=csv");
        assertThat(browser.accessibilityViolations()).as("axe-core on the compare page").isEmpty();
        browser.driver().executeScript("document.getElementById('matrix-heading').scrollIntoView()");
        browser.screenshot("compare");

        // Only the parties: Belarus has none of Protocol IV and V, and the other cells say so.
        new Select(browser.find("#status")).selectByValue("PARTY");
        browser.find("#view button[type=submit]").click();
        browser.await(driver -> browser.find("#matrix-caption").getText().contains("only party"));
        assertThat(browser.find("#matrix tbody").getText()).contains("other status");
        assertThat(browser.accessibilityViolations()).as("axe-core, filtered").isEmpty();

        // A bad instant in the URL: the server's problem is shown next to its field.
        browser.open("/compare.html?countries=BLR&knownAt=yesterday");
        browser.await(".field-error");
        assertThat(browser.find(".form-status").getText()).contains("400");
    }

    @Test
    void anAuditorSeesTheEventLogAndTheLineageOfARecord() {
        // New Zealand ratified the CCM on 22 December 2009; the ratification was first typed as the 21st.
        treatyAction("NZL", "CCM", "SIGNED", "2008-12-03");
        treatyAction("NZL", "CCM", "RATIFIED", "2009-12-21");
        RestAssured.given().auth().preemptive().basic("bob", "bob").contentType(ContentType.JSON).body("""
                        {"action": "RATIFIED", "date": "2009-12-22", "reason": "Typo: deposited on 22 December 2009",
                         "source": {"citation": "Depositary notification C.N.12.2010.TREATIES-2"}}""")
                .post("/api/participations/NZL/CCM/corrections").then().statusCode(200);
        browser.signIn("auditor", "auditor");
        browser.await(driver -> browser.currentPath().equals("/"));

        browser.open("/audit.html?record=NZL:CCM");
        browser.await(driver -> browser.find("#lineage").getText().contains("NZL:CCM: 3 versions"));
        assertThat(browser.find("#lineage").getText()).contains("TreatyActionCorrected")
                .contains("Typo: deposited on 22 December 2009").contains("by bob")
                .contains("actions #2 date 2009-12-21 2009-12-22").doesNotContain("date.date");
        browser.await(driver -> !browser.find("#events tbody").getText().isBlank());
        // Newest first: New Zealand's events are on the first page, Belarus's (the demo data's) further back.
        assertThat(browser.find("#events tbody").getText()).contains("NZL:CCM");
        new Select(browser.find("#order")).selectByValue("oldest");
        browser.await(driver -> browser.find("#events tbody").getText().contains("BLR:CCW-P5"));
        browser.driver().executeScript("document.querySelector('#lineage ol li:last-child').scrollIntoView()");
        browser.screenshot("audit");

        browser.open("/admin.html");
        browser.await(driver -> browser.find("#status").getText().contains("position"));
        browser.screenshot("read-models");
        assertThat(Files.exists(HeadlessChromium.SCREENSHOTS.resolve("audit.png"))).isTrue();
    }

    @Test
    void aClerkTypingAStatementTheTrackerHoldsIsWarnedAndRecordsItOnlyWhenToldItIsAnother() {
        String body = """
                {"country": "MLT", "date": "2011-11-14", "forum": "CCW Fourth Review Conference", "location": "Geneva",
                 "instruments": ["CCW"], "stance": "SUPPORTS", "summary": "Malta supports a protocol on cluster munitions.",
                 "source": {"citation": "CCW/CONF.IV/SR.2"}}""";
        RestAssured.given().auth().preemptive().basic("alice", "alice").contentType(ContentType.JSON).body(body)
                .post("/api/statements").then().statusCode(201);
        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        browser.signIn("entry", "entry");
        browser.await(driver -> browser.currentPath().equals("/"));

        browser.open("/record.html#statement");
        browser.type("#statement-country", "MLT");
        browser.type("#statement-date", "2011-11-14");
        browser.type("#statement-forum", "CCW Fourth Review Conference");
        new Select(browser.await("#statement-instruments option[value=CCW]").findElement(By.xpath("..")))
                .selectByValue("CCW");
        new Select(browser.find("#statement-stance")).selectByValue("SUPPORTS");
        browser.type("#statement-summary", "Malta  supports a protocol on cluster munitions. ");
        browser.type("#statement-source-citation", "CCW/CONF.IV/SR.2");
        browser.find("#statement button[type=submit]").click();

        WebElement warning = browser.await("#statement .form-status .warning");
        assertThat(warning.getText()).contains("Nothing was recorded")
                .contains("CCW Fourth Review Conference: Malta supports a protocol on cluster munitions.");
        assertThat(browser.accessibilityViolations()).as("the form showing its warning").isEmpty();
        RestAssured.given().auth().preemptive().basic("admin", "admin").get("/api/statements?country=MLT")
                .then().body("total", org.hamcrest.Matchers.equalTo(1));

        browser.find("#statement-record-anyway").click();
        assertThat(browser.await("#statement .form-status .done").getText()).startsWith("Recorded: ");
        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        RestAssured.given().auth().preemptive().basic("admin", "admin").get("/api/statements?country=MLT")
                .then().body("total", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void theTimelineSaysAnAmendmentInWordsWithItsOwnSource() {
        String statementId = RestAssured.given().auth().preemptive().basic("alice", "alice")
                .contentType(ContentType.JSON).body("""
                        {"country": "LUX", "date": "2010-01-01", "datePrecision": "YEAR", "forum": "CCM First Meeting of States Parties",
                         "instruments": ["CCM"], "stance": "SUPPORTS", "summary": "Luxembourg welcomed the entry into force.",
                         "source": {"citation": "CCM/MSP/2010/5"}}""")
                .post("/api/statements").then().statusCode(201).extract().path("statementId");
        RestAssured.given().auth().preemptive().basic("alice", "alice").contentType(ContentType.JSON).body("""
                        {"date": "2010-11-09", "datePrecision": "DAY", "speaker": "Jean Asselborn", "speakerRole": "Minister",
                         "reason": "The record gives the day and the speaker",
                         "source": {"citation": "CCM/MSP/2010/5, p. 12"}}""")
                .post("/api/statements/{id}/amendments", statementId).then().statusCode(200);
        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        browser.signIn("analyst", "analyst");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.open("/country.html?country=LUX");

        String change = browser.await("#timeline .changes li").getText();
        assertThat(change).contains("date: 2010 → 2010-11-09").contains("speaker: none → Jean Asselborn, Minister")
                .contains("source: CCM/MSP/2010/5 → CCM/MSP/2010/5, p. 12")
                .doesNotContain("{").doesNotContain("∅");
    }

    @Test
    void anAuditorVerifiesTheEventLogAndIsToldWhetherACheckpointCoversIt() {
        int checkpoints = RestAssured.given().auth().preemptive().basic("auditor", "auditor").get("/api/audit/verify")
                .then().statusCode(200).extract().path("checkpoints");
        browser.signIn("auditor", "auditor");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.open("/audit.html");

        browser.await("#verify").click();
        String verdict = browser.await(driver -> browser.find("#integrity").getText().startsWith("Verified")
                ? browser.find("#integrity").getText() : null);
        assertThat(verdict).matches("(?s)Verified: \\d+ events in \\d+ streams, " + checkpoints + " checkpoints? checked\\..*");
        assertThat(verdict.contains("No checkpoint has been taken yet")).isEqualTo(checkpoints == 0);

        browser.find("#checkpoint").click();
        browser.await(driver -> browser.find("#integrity").getText()
                .contains(", " + (checkpoints + 1) + (checkpoints == 0 ? " checkpoint " : " checkpoints ") + "checked"));
        assertThat(browser.find("#integrity").getText()).doesNotContain("No checkpoint has been taken yet");
        assertThat(browser.accessibilityViolations()).as("axe-core on the verified audit page").isEmpty();
    }

    @Test
    void anAnalystFindsEveryClusterMunitionStatementOfBelarusByItsText() {
        browser.signIn("analyst", "analyst");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.open("/country.html?country=BLR");
        browser.await("#timeline > li");

        browser.type("#q", "cluster munitions");
        browser.find("#q").sendKeys(Keys.ENTER);
        browser.await(driver -> browser.find("#announce").getAttribute("textContent").startsWith("4 statements say"));
        List<String> found = browser.driver().findElements(By.cssSelector("#timeline > li")).stream()
                .map(WebElement::getText).toList();
        // Filed under the CCW (2007, two in 2008: one also under Protocol V) and the CCM (October 2008).
        assertThat(found).hasSize(4).allSatisfy(text -> assertThat(text).containsIgnoringCase("cluster munitions")
                .contains("STATEMENT"));
        assertThat(String.join("\n", found)).contains("2007-11-07").contains("2008-01-17").contains("2008-04-08")
                .contains("2008-10-29");
        assertThat(browser.accessibilityViolations()).as("axe-core on the searched timeline").isEmpty();

        browser.find("#q").clear();
        browser.find("#q").sendKeys(Keys.ENTER);
        browser.await(driver -> browser.find("#announce").getAttribute("textContent").contains("entries shown"));
    }

    @Test
    void aClerkAmendsAStatementFromTheTimelineWithTheFormPrefilledAndIsLinkedBackToIt() {
        String statementId = RestAssured.given().auth().preemptive().basic("alice", "alice")
                .contentType(ContentType.JSON).body("""
                        {"country": "IRL", "date": "2008-05-30", "forum": "Dublin Diplomatic Conference", "location": "Dublin",
                         "speaker": "Micheál Martin", "speakerRole": "Minister for Foreign Affairs",
                         "instruments": ["CCM"], "stance": "SUPPORTS",
                         "summary": "Ireland welcomed the adoption of the convnetion.",
                         "source": {"citation": "CCM/77"}}""")
                .post("/api/statements").then().statusCode(201).extract().path("statementId");
        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        browser.signIn("entry", "entry");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.open("/country.html?country=IRL");
        browser.await("#timeline > li");

        browser.find("#timeline").findElement(By.linkText("Amend")).click();
        browser.await(driver -> browser.find("#amendment-summary").getAttribute("value")
                .equals("Ireland welcomed the adoption of the convnetion."));
        assertThat(browser.find("#amendment-statementId").getAttribute("value")).isEqualTo(statementId);
        assertThat(browser.find("#amendment-forum").getAttribute("value")).isEqualTo("Dublin Diplomatic Conference");
        assertThat(browser.find("#amendment-location").getAttribute("value")).isEqualTo("Dublin");
        assertThat(browser.find("#amendment-speaker").getAttribute("value")).isEqualTo("Micheál Martin");
        assertThat(browser.find("#amendment-date").getAttribute("value")).isEqualTo("2008-05-30");
        assertThat(new Select(browser.find("#amendment-stance")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("SUPPORTS");
        assertThat(new Select(browser.find("#amendment-instruments")).getAllSelectedOptions())
                .extracting(option -> option.getAttribute("value")).containsExactly("CCM");
        assertThat(browser.accessibilityViolations()).as("axe-core on the prefilled amendment").isEmpty();

        // The typo fixed where it is; only the summary is sent, so only the summary changes.
        browser.type("#amendment-summary", "Ireland welcomed the adoption of the convention.");
        browser.type("#amendment-reason", "Typo in the summary (test)");
        browser.find("#amendment button[type=submit]").click();
        WebElement done = browser.await("#amendment .form-status .done");
        assertThat(done.getText()).startsWith("Recorded: " + statementId + ", version 1");
        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        RestAssured.given().auth().preemptive().basic("admin", "admin").get("/api/countries/IRL/history")
                .then().body("entries[0].changes[0].changedFields", org.hamcrest.Matchers.contains("summary"))
                .body("entries[0].details.location", org.hamcrest.Matchers.equalTo("Dublin"));

        done.findElement(By.linkText("See it on IRL's timeline")).click();
        WebElement entry = browser.await("#timeline li.linked");
        assertThat(entry.getText()).contains("Ireland welcomed the adoption of the convention.")
                .contains("summary: Ireland welcomed the adoption of the convnetion. → Ireland welcomed");
    }

    @Test
    void aClerkDeclaresAStockpileWithANoteIsToldWhatIsWrongAtEachFieldAndRevisesItPrefilled() {
        browser.signIn("entry", "entry");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.open("/record.html?country=KAZ#stockpile");
        browser.type("#stockpile-weaponSystem", "RBK-250");
        new Select(browser.await("#stockpile-category")).selectByValue("CLUSTER_MUNITION");
        browser.type("#stockpile-quantity", "unknown");
        new Select(browser.find("#stockpile-status")).selectByValue("POSSESSED");
        browser.type("#stockpile-date", "2010-01-01");
        new Select(browser.find("#stockpile-datePrecision")).selectByValue("YEAR");
        browser.type("#stockpile-note", "Not known whether these include submunition versions.");
        browser.type("#stockpile-source-citation", "Cluster Munition Monitor 2010");

        // A quantity typed as "unknown": said at the quantity, in words.
        browser.find("#stockpile button[type=submit]").click();
        WebElement quantityError = browser.await("#stockpile-quantity ~ .field-error");
        assertThat(quantityError.getText()).startsWith("quantity must be a whole number, or left out when not known");
        assertThat(browser.find("#stockpile-quantity").getAttribute("aria-invalid")).isEqualTo("true");

        // No citation: said at the citation field, not at the bottom of the form.
        browser.find("#stockpile-quantity").clear();
        browser.find("#stockpile-source-citation").clear();
        browser.find("#stockpile button[type=submit]").click();
        WebElement citationError = browser.await("#stockpile-source-citation ~ .field-error");
        assertThat(citationError.getText()).contains("source is required");
        assertThat(browser.find("#stockpile-source-citation").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#stockpile .form-status").getText()).doesNotContain("source:");
        assertThat(browser.accessibilityViolations()).as("axe-core on the form with its problem").isEmpty();

        browser.type("#stockpile-source-citation", "Cluster Munition Monitor 2010");
        browser.find("#stockpile button[type=submit]").click();
        assertThat(browser.await("#stockpile .form-status .done").getText()).startsWith("Recorded: KAZ:RBK-250");
        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        RestAssured.given().auth().preemptive().basic("admin", "admin").get("/api/countries/KAZ/position")
                .then().body("stockpiles[0].note",
                        org.hamcrest.Matchers.equalTo("Not known whether these include submunition versions."));

        // The timeline shows the note; its Revise link opens the revision filled in with the declaration.
        browser.open("/country.html?country=KAZ");
        assertThat(browser.await("#timeline > li").getText())
                .contains("RBK-250: unknown number, possessed").contains("Not known whether these include submunition");
        assertThat(browser.find("#stockpiles").getText()).contains("Not known whether these include submunition");
        browser.find("#timeline").findElement(By.linkText("Revise")).click();
        browser.await(driver -> browser.find("#revision-note").getAttribute("value")
                .equals("Not known whether these include submunition versions."));
        assertThat(browser.find("#revision-weaponSystem").getAttribute("value")).isEqualTo("RBK-250");
        assertThat(browser.find("#revision-date").getAttribute("value")).isEqualTo("2010-01-01");
        assertThat(new Select(browser.find("#revision-status")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("POSSESSED");
        browser.type("#revision-quantity", "150");
        browser.type("#revision-reason", "The 2011 report gives a number (test)");
        browser.find("#revision button[type=submit]").click();
        WebElement done = browser.await("#revision .form-status .done");
        assertThat(done.getText()).startsWith("Recorded: KAZ:RBK-250, version 1");
        assertThat(done.findElement(By.linkText("See it on KAZ's timeline")).getAttribute("href"))
                .endsWith("/country.html?country=KAZ#entry-KAZ%3ARBK-250%230");
        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        RestAssured.given().auth().preemptive().basic("admin", "admin").get("/api/countries/KAZ/history")
                .then().body("entries[0].changes[0].changedFields", org.hamcrest.Matchers.contains("quantity"))
                .body("entries[0].details.quantity", org.hamcrest.Matchers.equalTo(150));
    }

    @Test
    void anAnalystIsToldAtOnceThatTheRoleMayNotRecordAndOnlyAnAdminIsOfferedTheAdministration() {
        browser.signIn("analyst", "analyst");
        browser.await(driver -> browser.currentPath().equals("/"));
        assertThat(browser.await("header nav").getText()).doesNotContain("Read models").doesNotContain("Administration");

        browser.open("/record.html#statement");
        assertThat(browser.await("#role-notice").getText())
                .startsWith("Your role (ANALYST) may read but not record");
        assertThat(browser.driver().findElements(By.cssSelector("#main form"))).isEmpty();
        assertThat(browser.accessibilityViolations()).as("axe-core on the record page for an analyst").isEmpty();
        browser.open("/import.html");
        assertThat(browser.await("#role-notice").getText()).startsWith("Your role (ANALYST) may read but not record");
        assertThat(browser.driver().findElements(By.cssSelector("#import"))).isEmpty();

        browser.driver().manage().deleteAllCookies();
        browser.signIn("admin", "admin");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.await("header nav").findElement(By.linkText("Administration")).click();
        assertThat(browser.await("h1").getText()).isEqualTo("Administration: rebuild the read models");
    }

    @Test
    void aStateTypedByNameOnTheHomePageAndSubmittedAtOnceOpensItsPage() {
        browser.signIn("analyst", "analyst");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.await(driver -> !driver.findElements(By.cssSelector("#countries option[value=BLR]")).isEmpty());

        browser.type("#country", "Belarus");
        browser.find("#country").sendKeys(Keys.ENTER);
        // The page is left (and, by a name, replaced): its title is read once the address is the code's.
        browser.await(driver -> browser.currentPath().equals("/country.html?country=BLR"));
        browser.await(driver -> browser.find("#title").getText().equals("Belarus (BLR)"));

        // A name that may mean several states keeps the home page and names them, with their codes.
        browser.open("/");
        browser.type("#country", "Korea");
        browser.find("#country").sendKeys(Keys.ENTER);
        browser.await(driver -> browser.find("#country-hint").getText().startsWith("Which one?"));
        assertThat(browser.find("#country-hint").getText()).contains("(PRK)").contains("(KOR)");
        assertThat(browser.currentPath()).isEqualTo("/");

        // A name in a link opens the state's page too.
        browser.open("/country.html?country=ivoire");
        browser.await(driver -> browser.currentPath().equals("/country.html?country=CIV"));
        browser.await(driver -> browser.find("#title").getText().equals("Côte d'Ivoire (CIV)"));
    }

    /** A treaty action recorded through the API by alice, as what a page then shows. */
    private static void treatyAction(String country, String instrument, String action, String date) {
        RestAssured.given().auth().preemptive().basic("alice", "alice").contentType(ContentType.JSON).body("""
                        {"country": "%s", "instrument": "%s", "action": "%s", "date": "%s",
                         "source": {"citation": "UN Treaty Collection, %s status"}}"""
                        .formatted(country, instrument, action, date, instrument))
                .post("/api/treaty-actions").then().statusCode(201);
    }

    @Test
    void anAnalystSortsAndFiltersTheParticipantsAndIsToldHowCompleteTheListIs() {
        treatyAction("IRL", "CCM", "SIGNED", "2008-12-03");
        treatyAction("IRL", "CCM", "RATIFIED", "2008-12-03");
        treatyAction("CHL", "CCM", "SIGNED", "2008-12-03");
        treatyAction("DZA", "CCM", "SIGNED", "2008-12-03");
        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        browser.signIn("analyst", "analyst");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.open("/instrument.html?instrument=CCM&asOf=2018-01-15");
        browser.await(driver -> browser.find("#participants tbody").getText().contains("IRL"));

        // How complete the list is: the states recorded, and the depositary's own header, which counts far more.
        assertThat(browser.find("#recorded").getText()).startsWith("Recorded: ")
                .contains("states with a status as of 2018-01-15");
        assertThat(browser.find("#depositary-counts").getText())
                .startsWith("As the depositary's table counts them: 108 signatories, 102 parties")
                .contains("XXVI-6").contains("The record differs: the depositary counts 108 signatories and 102 parties;")
                .contains("are recorded here as of 2018-01-15");

        // Sorted by country, then the other way with the keyboard.
        WebElement countryHeader = browser.find("#participants thead th:nth-child(1)");
        assertThat(countryHeader.getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(codes()).isSorted();
        countryHeader.findElement(By.tagName("button")).sendKeys(Keys.ENTER);
        browser.await(driver -> "descending".equals(countryHeader.getAttribute("aria-sort")));
        assertThat(codes()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(browser.find("#announce").getAttribute("textContent")).contains("sorted by Country, descending");
        // By status, in the order of the counts: the signatories before the parties.
        WebElement statusHeader = browser.find("#participants thead th:nth-child(2)");
        statusHeader.findElement(By.tagName("button")).click();
        browser.await(driver -> "ascending".equals(statusHeader.getAttribute("aria-sort")));
        assertThat(countryHeader.getAttribute("aria-sort")).isNull();
        List<String> statuses = browser.driver().findElements(By.cssSelector("#participants tbody td:nth-of-type(1)"))
                .stream().map(WebElement::getText).toList();
        assertThat(statuses).contains("SIGNATORY", "PARTY");
        assertThat(statuses.lastIndexOf("SIGNATORY")).isLessThan(statuses.indexOf("PARTY"));

        // Filtered by status, then by part of a name, then by a code.
        new Select(browser.find("#status-filter")).selectByValue("SIGNATORY");
        browser.await(driver -> !browser.find("#participants tbody").getText().contains("IRL"));
        assertThat(codes()).contains("CHL", "DZA");
        assertThat(browser.find("#participants-caption").getText()).containsPattern("— \\d+ of \\d+ countries shown");
        new Select(browser.find("#status-filter")).selectByValue("");
        browser.type("#country-filter", "irel");
        browser.await(driver -> codes().equals(List.of("IRL")));
        browser.find("#country-filter").clear();
        browser.type("#country-filter", "dza");
        browser.await(driver -> codes().equals(List.of("DZA")));
        assertThat(browser.find("#participants tbody").getText()).contains("Algeria");
        browser.screenshot("instrument-participants-filtered");
        assertThat(browser.accessibilityViolations()).as("axe-core on the filtered participants").isEmpty();
    }

    @Test
    void aResolutionBindingOnAllStatesSaysSoAndAShortOrEmptySeriesGetsNoRepeatedYears() {
        browser.signIn("analyst", "analyst");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.open("/instrument.html?instrument=UNSCR-1540");
        browser.await(driver -> browser.find("#binds-all").isDisplayed());
        assertThat(browser.find("#binds-all").getText())
                .contains("binds every member state of the United Nations").contains("no participation to record");
        assertThat(browser.find("#participants-section").isDisplayed()).isFalse();
        assertThat(browser.find("#chart-section").isDisplayed()).isFalse();
        assertThat(browser.find("main").getText()).doesNotContain("0 countries").doesNotContain("1970");
        assertThat((Boolean) browser.driver().executeScript(
                "return Chart.getChart(document.getElementById('counts-chart')) === undefined")).isTrue();
        assertThat(browser.accessibilityViolations()).as("axe-core on UNSCR 1540").isEmpty();

        // Nothing recorded on the TPNW: no chart, and the depositary's header says what is missing.
        browser.open("/instrument.html?instrument=TPNW");
        browser.await(driver -> browser.find("#chart-empty").isDisplayed());
        assertThat(browser.find("#chart-figure").isDisplayed()).isFalse();
        assertThat(browser.find("#recorded").getText()).startsWith("Recorded: 0 states");
        assertThat(browser.find("#depositary-counts").getText())
                .contains("the depositary counts 56 signatories and 3 parties; 0 and 0 are recorded here");

        // A series of a few weeks: its axis is labelled by day, each label once.
        treatyAction("GHA", "ATT", "ACCEDED", java.time.LocalDate.now().minusDays(40).toString());
        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        browser.open("/instrument.html?instrument=ATT");
        browser.await(driver -> (Boolean) browser.driver().executeScript(
                "return Chart.getChart(document.getElementById('counts-chart')) !== undefined"));
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) browser.driver().executeScript(
                "return Chart.getChart(document.getElementById('counts-chart')).scales.x.ticks.map(t => String(t.label))");
        assertThat(labels).hasSizeGreaterThan(2).doesNotHaveDuplicates()
                .allSatisfy(label -> assertThat(label).matches("\\d{4}(-\\d{2}){0,2}").doesNotStartWith("1970"));
        assertThat(browser.accessibilityViolations()).as("axe-core on the ATT").isEmpty();
    }

    @Test
    void theCountrysPositionShowsItsGeneralAssemblyVotes() {
        for (String vote : List.of("""
                        {"country": "IRL", "resolution": "A/RES/78/32", "date": "2023-12-04", "vote": "ABSTAIN",
                         "instruments": ["CCM"], "source": {"citation": "UN Digital Library, voting record"}}""", """
                        {"country": "IRL", "resolution": "A/RES/79/56", "date": "2024-12-02", "vote": "YES",
                         "instruments": ["CCM"], "source": {"citation": "UN Digital Library, voting record"}}""", """
                        {"country": "IRL", "resolution": "A/RES/79/60", "date": "2024-12-02", "vote": "NO",
                         "instruments": ["TPNW"], "source": {"citation": "UN Digital Library, voting record"}}""")) {
            RestAssured.given().auth().preemptive().basic("alice", "alice").contentType(ContentType.JSON).body(vote)
                    .post("/api/votes").then().statusCode(201);
        }
        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        browser.signIn("analyst", "analyst");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.open("/country.html?country=IRL");
        browser.await(driver -> browser.find("#position tbody").getText().contains("A/RES/79/56"));

        List<String> rows = browser.driver().findElements(By.cssSelector("#position tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("CCM")
                .contains("yes on A/RES/79/56 (2024-12-02); of 2 votes: 1 yes, 1 abstain"));
        // Voted on, with no status on it: a row of its own.
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("TPNW").contains("no on A/RES/79/60 (2024-12-02)"));
        // As of a date before the latest: the vote then.
        browser.open("/country.html?country=IRL&asOf=2024-01-01");
        browser.await(driver -> browser.find("#position tbody").getText().contains("A/RES/78/32"));
        assertThat(browser.find("#position tbody").getText()).contains("abstain on A/RES/78/32 (2023-12-04)")
                .doesNotContain("A/RES/79/56").doesNotContain("A/RES/79/60");
        assertThat(browser.accessibilityViolations()).as("axe-core on the position with votes").isEmpty();
    }

    /**
     * While a form is filled in, what the tracker already holds for its country and instrument (or date) is shown
     * beside it, in a live region: looked up once the typing pauses (one position read serves every instrument), and
     * a failed lookup says so without keeping the form from being sent.
     */
    @Test
    void theRecordFormsShowWhatIsAlreadyRecordedForTheCountryAndInstrument() {
        browser.signIn("entry", "entry");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.open("/record.html#treaty-action");
        WebElement recorded = browser.await("#recorded-panel").findElement(By.id("already-recorded"));
        assertThat(recorded.getAttribute("role")).isEqualTo("status");
        assertThat(recorded.getAttribute("aria-live")).isEqualTo("polite");
        browser.await(driver -> recordedText().contains("Choose a country"));

        // Belarus on Protocol V: its status and each recorded date, with a link to its timeline.
        browser.type("#treaty-action-country", "BLR");
        new Select(browser.await("#treaty-action-instrument")).selectByValue("CCW-P5");
        browser.await(driver -> recordedText().contains("party since 2008-09-29"));
        assertThat(recordedText()).contains("Belarus on the CCW-P5")
                .contains("party since 2008-09-29 (consented to be bound)");
        Map<String, String> dates = browser.driver().findElements(By.cssSelector("#already-recorded dt")).stream()
                .collect(java.util.stream.Collectors.toMap(WebElement::getText,
                        dt -> dt.findElement(By.xpath("following-sibling::dd[1]")).getText()));
        assertThat(dates).containsEntry("Signature", "none")
                .containsEntry("Consent to be bound", "2008-09-29, consented to be bound (P)")
                .containsEntry("Provisional application", "none").containsEntry("Withdrawal", "none")
                .containsKey("In force");
        assertThat(browser.find("#already-recorded").findElement(By.linkText("Belarus's timeline"))
                .getAttribute("href")).endsWith("/country.html?country=BLR");
        // Typed and chosen: one read, not one per keystroke.
        assertThat(positionReads()).isEqualTo(1);
        browser.screenshot("record-already-recorded");
        assertThat(browser.accessibilityViolations()).as("axe-core with what is recorded").isEmpty();

        // Another instrument of the same state: the position read already holds it.
        new Select(browser.find("#treaty-action-instrument")).selectByValue("CCM");
        browser.await(driver -> recordedText().contains("Nothing recorded for Belarus on the CCM yet"));
        assertThat(positionReads()).isEqualTo(1);

        // A state with nothing on it.
        browser.type("#treaty-action-country", "LTU");
        browser.await(driver -> recordedText().contains("Nothing recorded for Lithuania on the CCM yet"));
        assertThat(browser.accessibilityViolations()).as("axe-core with nothing recorded").isEmpty();

        // A lookup that fails says so; the form is still sent, and the server names what is wrong.
        browser.type("#treaty-action-country", "XYZ");
        browser.await(driver -> recordedText().contains("could not be read"));
        assertThat(recordedText()).contains("The form can still be sent");
        browser.find("#treaty-action button[type=submit]").click();
        browser.await(driver -> browser.find("#treaty-action .form-status").getText().contains("(400)"));

        // A statement: the country's statements on the date.
        browser.open("/record.html#statement");
        browser.type("#statement-country", "BLR");
        browser.type("#statement-date", "2008-01-17");
        browser.await(driver -> recordedText()
                .contains("First 2008 Session of the CCW Group of Governmental Experts on Cluster Munitions"));
        assertThat(recordedText()).contains("Statements of Belarus").contains("On 2008-01-17")
                .contains("conditional on CCW, CCW-P5");
        browser.type("#statement-country", "LTU");
        browser.await(driver -> recordedText().contains("Nothing recorded for Lithuania on 2008-01-17 yet"));

        // A stockpile: the country's stockpiles.
        browser.open("/record.html#stockpile");
        browser.type("#stockpile-country", "BLR");
        browser.await(driver -> recordedText().contains("RBK-500"));
        assertThat(recordedText()).contains("Stockpiles of Belarus").contains("Smerch 300mm rocket")
                .contains("in service");
        browser.type("#stockpile-country", "LTU");
        browser.await(driver -> recordedText().contains("No stockpile of Lithuania recorded yet"));
        assertThat(browser.accessibilityViolations()).as("axe-core on the stockpile form").isEmpty();
        // A state typed by its name is looked up as the field finds it.
        browser.type("#stockpile-country", "Belarus");
        browser.await(driver -> recordedText().contains("RBK-500"));

        // A vote: the state's latest vote on each instrument chosen.
        RestAssured.given().auth().preemptive().basic("alice", "alice").contentType(ContentType.JSON).body("""
                        {"country": "URY", "resolution": "A/RES/79/56", "date": "2024-12-02", "vote": "YES",
                         "instruments": ["CCM"], "source": {"citation": "UN Digital Library, voting record"}}""")
                .post("/api/votes").then().statusCode(201);
        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        browser.open("/record.html#vote");
        browser.type("#vote-country", "URY");
        Select instruments = new Select(browser.await("#vote-instruments"));
        instruments.selectByValue("CCM");
        instruments.selectByValue("TPNW");
        browser.await(driver -> recordedText().contains("CCM: yes on A/RES/79/56 (2024-12-02)"));
        browser.await(driver -> recordedText().contains("None on the TPNW yet"));
    }

    private String recordedText() {
        return browser.find("#already-recorded").getText();
    }

    /** How many times this page has read a country's position. */
    private long positionReads() {
        return (Long) browser.driver().executeScript("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/position')).length");
    }

    /** The country codes of the participants table, top to bottom. */
    private List<String> codes() {
        return browser.driver().findElements(By.cssSelector("#participants tbody th a")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void anAmendmentWithoutASourceOfItsOwnSaysTheSourceIsUnchangedOnTheTimelineAndTheLineage() {
        String statementId = RestAssured.given().auth().preemptive().basic("alice", "alice")
                .contentType(ContentType.JSON).body("""
                        {"country": "LIE", "date": "2008-05-30", "forum": "Dublin Diplomatic Conference",
                         "instruments": ["CCM"], "stance": "SUPPORTS", "summary": "Liechtenstein supports the text.",
                         "source": {"citation": "CCM/SR/2008/1"}}""")
                .post("/api/statements").then().statusCode(201).extract().path("statementId");
        RestAssured.given().auth().preemptive().basic("alice", "alice").contentType(ContentType.JSON)
                .body("{\"location\": \"Dublin\", \"reason\": \"The place was left out\"}")
                .post("/api/statements/{id}/amendments", statementId).then().statusCode(200);
        RestAssured.given().auth().preemptive().basic("alice", "alice").contentType(ContentType.JSON).body("""
                        {"summary": "Liechtenstein supports the adopted text.", "reason": "Checked the record",
                         "source": {"citation": "CCM/SR/2008/2"}}""")
                .post("/api/statements/{id}/amendments", statementId).then().statusCode(200);
        ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                Duration.ofSeconds(30));
        browser.signIn("auditor", "auditor");
        browser.await(driver -> browser.currentPath().equals("/"));

        browser.open("/country.html?country=LIE");
        browser.await("#timeline .changes li");
        List<String> changes = browser.driver().findElements(By.cssSelector("#timeline .changes li")).stream()
                .map(WebElement::getText).toList();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).contains("location: none → Dublin")
                .contains("No source of its own: source unchanged (the original’s: CCM/SR/2008/1)")
                .doesNotContain("Source of the change");
        assertThat(changes.get(1)).contains("Source of the change: CCM/SR/2008/2").doesNotContain("unchanged");

        browser.open("/audit.html?record=" + statementId);
        browser.await(driver -> browser.find("#lineage").getText().contains("3 versions"));
        List<String> versions = browser.driver().findElements(By.cssSelector("#lineage ol > li")).stream()
                .map(WebElement::getText).toList();
        assertThat(versions.get(0)).contains("Source: CCM/SR/2008/1");
        assertThat(versions.get(1)).contains("No source of its own: source unchanged (CCM/SR/2008/1)");
        assertThat(versions.get(2)).contains("Source: CCM/SR/2008/2");
        assertThat(browser.accessibilityViolations()).as("axe-core on the lineage").isEmpty();
    }

    @Test
    void anAuditorReadsTheEventLogNewestFirstWithCountriesAndRecordsInWordsAndAsItStoodAtAnInstant() {
        String statementId = RestAssured.given().auth().preemptive().basic("alice", "alice")
                .contentType(ContentType.JSON).body("""
                        {"country": "MCO", "date": "2008-05-30", "forum": "Dublin Diplomatic Conference",
                         "instruments": ["CCM"], "stance": "SUPPORTS", "summary": "Monaco supports the text.",
                         "source": {"citation": "CCM/SR/2008/3"}}""")
                .post("/api/statements").then().statusCode(201).extract().path("statementId");
        String recordedAt = RestAssured.given().auth().preemptive().basic("auditor", "auditor")
                .get("/api/audit/events?country=MCO&order=newest&limit=1").then().statusCode(200)
                .extract().path("events[0].recordedAt");
        browser.signIn("auditor", "auditor");
        browser.await(driver -> browser.currentPath().equals("/"));

        browser.open("/audit.html");
        browser.await(driver -> browser.find("#events tbody").getText().contains(statementId));
        assertThat(browser.find("#events-caption").getText()).isEqualTo("Events, newest first");
        List<WebElement> first = browser.driver().findElements(By.cssSelector("#events tbody tr:first-child td"));
        assertThat(first.get(3).getText()).isEqualTo("Monaco (MCO)");
        assertThat(first.get(4).getText()).isEqualTo("StatementRecorded");
        assertThat(first.get(5).getText()).contains("statement of 2008-05-30 at Dublin Diplomatic Conference")
                .contains(statementId + " #0");
        assertThat(first.get(5).findElement(By.tagName("a")).getText()).isEqualTo(statementId + " #0");
        List<Long> indexes = browser.driver().findElements(By.cssSelector("#events tbody tr td:first-child")).stream()
                .map(cell -> Long.valueOf(cell.getText())).toList();
        assertThat(indexes).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(browser.accessibilityViolations()).as("axe-core on the event log").isEmpty();

        // As the log stood the second before the statement was recorded: without it.
        browser.driver().executeScript("""
                const instant = new Date(new Date(arguments[0]).getTime() - 1000);
                document.getElementById('knownAt').value =
                    new Date(instant.getTime() - instant.getTimezoneOffset() * 60000).toISOString().slice(0, 19);""",
                recordedAt);
        browser.find("#filters button[type=submit]").click();
        browser.await(driver -> browser.find("#events-caption").getText().contains("as the log stood at"));
        browser.await(driver -> !browser.find("#events tbody").getText().isBlank());
        assertThat(browser.find("#events tbody").getText()).doesNotContain(statementId);
    }

    @Test
    void aClerkOpensARecentImportByItsFileNameDownloadsItsRowsNotWrittenAndFollowsItsRecordLinks(
            @TempDir Path folder) throws IOException {
        Path file = folder.resolve("guatemala-2010.csv");
        Files.writeString(file, """
                key,kind,country,instrument,action,date,sourceCitation
                gtm-ccm-signed,treaty-action,GTM,CCM,SIGNED,2008-12-03,UN Treaty Collection
                gtm-ccm-bad,treaty-action,GTM,CCM,RATIFIED,2010-13-03,UN Treaty Collection
                """);
        browser.signIn("entry", "entry");
        browser.await(driver -> browser.currentPath().equals("/"));
        browser.open("/import.html");
        browser.await("#file").sendKeys(file.toAbsolutePath().toString());
        browser.find("#dry-run").click();
        browser.find("#import button[type=submit]").click();
        browser.await(driver -> browser.find("#summary").getText().startsWith("DONE: 1 accepted"));

        // A fresh page: the recent import is listed by its file name and opens its report.
        browser.open("/import.html");
        WebElement link = browser.await(driver -> driver.findElements(By.cssSelector("#recent tbody tr td:first-child a"))
                .stream().filter(a -> a.getText().equals("guatemala-2010.csv")).findFirst().orElse(null));
        link.click();
        browser.await(driver -> browser.find("#summary").getText().startsWith("DONE: 1 accepted"));
        assertThat(browser.find("#report-file").getText()).startsWith("guatemala-2010.csv, started");
        assertThat(browser.find("#results tbody").getText()).contains("gtm-ccm-bad").contains("[date]");
        WebElement download = browser.find("#download-rejected");
        assertThat(download.isDisplayed()).isTrue();
        String rejected = RestAssured.given().auth().preemptive().basic("entry", "entry")
                .get(download.getAttribute("href")).then().statusCode(200).extract().asString();
        assertThat(rejected).startsWith("row,line,key,kind,outcome,").contains("gtm-ccm-bad,treaty-action,REJECTED,400");
        assertThat(browser.accessibilityViolations()).as("axe-core on an opened import").isEmpty();

        new Select(browser.find("#outcome")).selectByValue("");
        WebElement record = browser.await(driver -> driver.findElements(By.cssSelector("#results tbody a")).stream()
                .filter(a -> a.getText().equals("GTM:CCM")).findFirst().orElse(null));
        assertThat(record.getAttribute("href")).endsWith("/country.html?country=GTM");
    }
}
