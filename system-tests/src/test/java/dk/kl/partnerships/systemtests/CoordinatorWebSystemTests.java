package dk.kl.partnerships.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.kit.domain.BusinessTime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * A municipal coordinator's whole job in a real browser (Chromium), through the gateway on the
 * running platform: sign-in at the identity server, the answer to an invitation, the billing
 * profile with a wrong EAN check digit, the council's approval (across an expired session),
 * participants, sign-ups with a waiting list and the calendar link, the self-evaluation and its
 * benchlearning, the invoice and its e-invoice, sign-out. Every page passes axe-core's WCAG 2.1
 * A/AA rules at desktop and phone width. A second coordinator then sees none of it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoordinatorWebSystemTests {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String VEJLE = "630";
    private static final String ODENSE = "461";

    static Platform platform;
    static Client client;
    static Scenario scenario;
    static String programme;
    static String title;
    static String meeting;
    static String enrolment;
    static String invoice;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.everything();
        client = new Client(platform).viaGateway();
        scenario = new Scenario(client);
        // KL's side, through the API (KL's pages come later): a programme open for interest that
        // starts before the other tests' programmes, so it heads the overview, and a meeting of one seat.
        title = "Partnerskab om kvalitet i dagtilbud " + System.nanoTime() % 10000;
        programme = scenario.publishedProgramme(
                "PARTNERSHIP",
                "110000.00",
                title,
                LocalDate.now(BusinessTime.ZONE).plusDays(35));
        // meeting-service learns of the programme from registration's event, a moment after its publication
        var request = Scenario.meeting(
                programme,
                null,
                "OPEN_THEME_MEETING",
                LocalDateTime.now()
                        .plusDays(20)
                        .withHour(9)
                        .withMinute(30)
                        .withSecond(0)
                        .withNano(0),
                1,
                null,
                "KL-Huset",
                "101");
        meeting = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> client.post(Platform.MEETING, "/api/meetings", scenario.klToken(), request),
                        r -> r.status() == 201)
                .json()
                .get("id")
                .asString();
    }

    @Test
    @Order(1)
    void aCoordinatorDoesTheWholeJobInTheBrowser() throws Exception {
        try (Browser browser = new Browser(platform.baseUrl(Platform.GATEWAY), "vejle")) {
            browser.signIn("koordinator-" + VEJLE, "Oversigt for");

            browser.check("oversigt");
            assertThat(browser.text("h1")).isEqualTo("Oversigt for Vejle Kommune");
            WebElement card = browser.find("li[data-programme='" + programme + "']");
            assertThat(card.getText()).contains(title, "Ikke besvaret", "Svar på invitationen senest");

            // The invitation: no answer is refused at the question; yes with two ranked focus areas
            browser.clickAndLoad(card.findElement(By.linkText("Svar på invitationen")));
            browser.clickText("Send svar");
            assertThat(browser.text("#interested-error")).contains("Vælg, om kommunen ønsker at deltage.");
            browser.check("interesse-fejl");
            browser.click("#interested1");
            new Select(browser.find("#focusAreas0")).selectByValue(Scenario.FOCUS_AREAS.get(1));
            new Select(browser.find("#focusAreas1")).selectByValue(Scenario.FOCUS_AREAS.get(0));
            browser.clickText("Send svar");
            assertThat(browser.text("main [role=status]")).contains("tilkendegivet interesse");
            assertThat(browser.text("li[data-programme='" + programme + "']"))
                    .contains("Interesse tilkendegivet", "evalueringskultur, faglig ledelse");

            // The billing profile: a wrong check digit is named at its EAN field, in Danish
            browser.clickText("Faktureringsprofil");
            browser.type("#cvr", "29189900");
            browser.type("#eans0", "5798000012340");
            browser.type("#buyerReference", "BUV-4711");
            browser.type("#orderReference", "PO-2026-118");
            browser.type("#accountingCost", "4.1.2.3-1234567");
            browser.type("[id='address.street']", "Skolegade 1");
            browser.type("[id='address.postalCode']", "7100");
            browser.type("[id='address.city']", "Vejle");
            browser.clickText("Gem");
            assertThat(browser.text("#eans0-error")).contains("gyldigt kontrolciffer");
            assertThat(browser.find("#eans0").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.text("#fejlopsummering")).contains("kontrolciffer");
            browser.check("faktureringsprofil-fejl");
            browser.type("#eans0", "5798000012349");
            browser.clickText("Gem");
            assertThat(browser.text("main [role=status]")).contains("Faktureringsprofilen er gemt");
            browser.check("faktureringsprofil");

            // The council's approval, sent after the session ran out: nothing typed is lost
            browser.clickText("Oversigt");
            browser.clickAndLoad(browser.find("li[data-programme='" + programme + "']")
                    .findElement(By.linkText("Registrér godkendelse")));
            enrolment = browser.url().replaceAll(".*/tilmeldinger/([^/]+)/godkendelse.*", "$1");
            browser.script(
                    "document.getElementById('decisionDate').value = arguments[0]",
                    LocalDate.now(BusinessTime.ZONE).toString());
            browser.type("#caseReference", "27/1234");
            browser.check("godkendelse");
            browser.driver().manage().deleteCookieNamed("PARTNERSHIPS_WEB_SESSION");
            browser.clickText("Registrér godkendelse");
            assertThat(browser.url()).contains("/tilmeldinger/" + enrolment + "/godkendelse");
            assertThat(browser.text("main")).contains("Din session udløb");
            assertThat(browser.find("#caseReference").getAttribute("value")).isEqualTo("27/1234");
            assertThat(browser.find("#decisionDate").getAttribute("value"))
                    .isEqualTo(LocalDate.now(BusinessTime.ZONE).toString());
            browser.check("godkendelse-bevaret");
            browser.clickText("Registrér godkendelse");
            assertThat(browser.text("main [role=status]")).contains("Kommunen er nu tilmeldt");
            assertThat(browser.text("li[data-programme='" + programme + "']")).contains("Tilmeldt");

            // Participants within the limits: add, refuse a bad address, replace, remove
            browser.clickAndLoad(
                    browser.find("li[data-programme='" + programme + "']").findElement(By.linkText("Deltagere")));
            assertThat(browser.text("#begraensninger"))
                    .contains("0 af højst 5 medarbejdere", "0 af højst 2 politikere");
            addParticipant(browser, "Mette Holm", "mette.holm@vejle.dk", "INSTITUTION_LEADER");
            addParticipant(browser, "Jens Berg", "jens.berg(at)vejle.dk", "SCHOOL_LEADER");
            assertThat(browser.text("#email-error")).contains("gyldig e-mailadresse");
            browser.check("deltagere-fejl");
            browser.type("#email", "jens.berg@vejle.dk");
            browser.clickText("Tilføj deltager");
            addParticipant(browser, "Hanne Lund", "hanne.lund@vejle.dk", "POLITICIAN");
            assertThat(browser.text("#begraensninger"))
                    .contains("2 af højst 5 medarbejdere", "1 af højst 2 politikere");
            browser.check("deltagere");
            browser.clickAndLoad("a[aria-label='Udskift Jens Berg']");
            browser.type("#name", "Jonas Berg");
            browser.type("#email", "jonas.berg@vejle.dk");
            browser.check("udskift-deltager");
            browser.clickText("Udskift deltager");
            assertThat(browser.text("main [role=status]")).contains("Jens Berg → Jonas Berg");
            browser.clickAndLoad("button[aria-label='Fjern Hanne Lund']");
            assertThat(browser.text("main [role=status]")).contains("Hanne Lund er fjernet");
            assertThat(browser.text("#deltagere"))
                    .contains("Mette Holm", "Jonas Berg")
                    .doesNotContain("Hanne Lund");
            // no theme day attended yet: the certificate link says so instead of giving a document
            browser.clickAndLoad("a[aria-label='Hent deltagerbevis for Mette Holm (PDF)']");
            assertThat(browser.text("#ikke-bevis")).contains("Mette Holm har endnu ikke deltaget");
            browser.check("deltagere-uden-bevis");

            // Meetings: one seat — the second participant waits; the calendar link is a working feed
            browser.clickText("Tilbage til oversigten");
            browser.clickAndLoad(
                    browser.find("li[data-programme='" + programme + "']").findElement(By.linkText("Møder")));
            String feed = browser.find("#kalenderlink").getAttribute("value");
            assertThat(feed).contains("/api/calendars/" + VEJLE + ".ics?token=");
            HttpResponse<String> calendar = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(feed)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR");
            browser.click("[data-copy='kalenderlink']");
            signUp(browser, "Mette Holm", "Tilmeldt");
            signUp(browser, "Jonas Berg", "Venteliste, nr. 1");
            assertThat(browser.text("#moede-" + meeting))
                    .contains("1 af 1 pladser optaget, 1 på venteliste", "09:30 – 15:30");
            browser.check("moeder");

            // Self-evaluation: a draft, a submission with what is missing named, then benchlearning
            browser.clickText("Tilbage til oversigten");
            browser.clickAndLoad(
                    browser.find("li[data-programme='" + programme + "']").findElement(By.linkText("Selvevaluering")));
            await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
                browser.driver().navigate().refresh();
                return !browser.all("a[href^='/selvevalueringer/']").isEmpty();
            });
            browser.check("selvevalueringer");
            browser.clickAndLoad("a[href^='/selvevalueringer/']");
            List<WebElement> indicators = browser.all("fieldset.app-indicator");
            assertThat(indicators).hasSizeGreaterThan(1);
            for (int i = 0; i < indicators.size() - 1; i++) {
                indicators
                        .get(i)
                        .findElement(By.cssSelector("input[value='" + (1 + i % 5) + "']"))
                        .click();
            }
            browser.clickText("Gem kladde");
            assertThat(browser.text("main [role=status]")).contains("Kladden er gemt");
            browser.check("selvevaluering");
            browser.clickText("Indsend selvevaluering");
            WebElement missing = browser.all("fieldset.app-indicator").get(indicators.size() - 1);
            assertThat(missing.getAttribute("class")).contains("form-error");
            assertThat(missing.getText()).contains("alle indikatorer skal besvares");
            assertThat(browser.all("fieldset.app-indicator.form-error")).hasSize(1);
            browser.check("selvevaluering-fejl");
            missing.findElement(By.cssSelector("input[value='4']")).click();
            browser.clickText("Indsend selvevaluering");
            assertThat(browser.text("h1")).isEqualTo("Benchlearning");
            assertThat(browser.text("#benchmark")).contains("Samlet", "Vises ikke");
            assertThat(((Number) browser.script("return document.querySelector('.app-chart img').naturalWidth"))
                            .intValue())
                    .as("the chart loads")
                    .isPositive();
            browser.check("benchlearning");

            // The invoice of joining (other tests invoice Vejle too: ours is the one for this programme)
            String ours =
                    await().atMost(EVENTUALLY).until(CoordinatorWebSystemTests::invoiceOfProgramme, id -> id != null);
            browser.clickText("Fakturaer");
            await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
                browser.driver().navigate().refresh();
                return !browser.all("#fakturaer a[href='/fakturaer/" + ours + "']")
                        .isEmpty();
            });
            browser.check("fakturaer");
            browser.clickAndLoad("#fakturaer a[href='/fakturaer/" + ours + "']");
            invoice = ours;
            String number = browser.text("h1").replace("Faktura ", "");
            assertThat(browser.text("#brutto")).isEqualTo("68.750,00 kr.");
            assertThat(browser.text("main")).contains("5798000012349", "BUV-4711");
            browser.check("faktura");
            browser.click("a[href$='/e-faktura']");
            Path xml = browser.downloads().resolve("faktura-" + number + ".xml");
            await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(xml));
            assertThat(Files.readString(xml))
                    .contains(
                            "<Invoice",
                            "5798000012349",
                            "BUV-4711",
                            "<cac:OrderReference><cbc:ID>PO-2026-118</cbc:ID></cac:OrderReference>",
                            "<cbc:AccountingCost>4.1.2.3-1234567</cbc:AccountingCost>");
            browser.click("a[href$='/pdf']");
            Path pdf = browser.downloads().resolve("faktura-" + number + ".pdf");
            await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(pdf) && Files.size(pdf) > 0);
            assertThat(new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.ISO_8859_1))
                    .isEqualTo("%PDF");

            // Signing out ends the session at the identity server as well
            browser.clickText("Log ud");
            assertThat(browser.text("h1")).isEqualTo("Du er logget ud");
            browser.check("logget-ud");
            browser.open("/");
            browser.awaitText("h1", "Log ind");
            assertThat(browser.url()).startsWith(platform.issuer());
        }
    }

    @Test
    @Order(2)
    void anotherCoordinatorSeesNoneOfItInTheBrowser() {
        assertThat(enrolment).as("the first coordinator's journey ran").isNotNull();
        try (Browser browser = new Browser(platform.baseUrl(Platform.GATEWAY), "odense")) {
            browser.signIn("koordinator-" + ODENSE, "Oversigt for");
            assertThat(browser.text("h1")).isEqualTo("Oversigt for Odense Kommune");
            assertThat(browser.text("li[data-programme='" + programme + "']")).contains("Ikke besvaret");

            for (String path : List.of(
                    "/tilmeldinger/" + enrolment + "/deltagere",
                    "/tilmeldinger/" + enrolment + "/moeder",
                    "/tilmeldinger/" + enrolment + "/godkendelse",
                    "/selvevalueringer/" + enrolment + ":BASELINE",
                    "/fakturaer/" + invoice,
                    "/fakturaer/" + invoice + "/e-faktura")) {
                browser.open(path);
                assertThat(browser.text("h1")).as(path).isEqualTo("Siden findes ikke");
                assertThat(browser.text("main")).doesNotContain("Mette Holm", "5798000012349");
            }
            browser.check("ikke-fundet");
            browser.clickText("Fakturaer");
            assertThat(browser.all("a[href='/fakturaer/" + invoice + "']")).isEmpty();
        }
    }

    /** Vejle's invoice for this test's programme, as billing lists it; null until it is issued. */
    private static String invoiceOfProgramme() {
        for (JsonNode item : client.get(
                        Platform.BILLING,
                        "/api/invoices?municipalityCode=" + VEJLE + "&size=200",
                        client.token("MUNICIPALITY", VEJLE))
                .expect(200)
                .json()
                .get("items")) {
            if (programme.equals(item.path("programmeId").asString())) {
                return item.get("id").asString();
            }
        }
        return null;
    }

    private static void addParticipant(Browser browser, String name, String email, String role) {
        browser.type("#name", name);
        browser.type("#email", email);
        new Select(browser.find("#role")).selectByValue(role);
        browser.clickText("Tilføj deltager");
    }

    /** Signs a participant up (htmx: only the meeting is replaced); until meeting-service knows them, it refuses. */
    private static void signUp(Browser browser, String name, String expected) {
        String row = "//article[@id='moede-" + meeting + "']//tr[td[1][normalize-space()='" + name + "']]";
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
            if (browser.driver().findElement(By.xpath(row + "/td[2]")).getText().contains(expected)) {
                return true;
            }
            List<WebElement> button =
                    browser.driver().findElements(By.xpath(row + "//button[normalize-space()='Tilmeld']"));
            if (!button.isEmpty()) {
                button.get(0).click();
                browser.waiting()
                        .ignoring(WebDriverException.class)
                        .until(ExpectedConditions.stalenessOf(button.get(0)));
            }
            return browser.driver()
                    .findElement(By.xpath(row + "/td[2]"))
                    .getText()
                    .contains(expected);
        });
    }
}
