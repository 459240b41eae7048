package dk.kl.partnerships.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.web.bind.annotation.RequestMethod;
import tools.jackson.databind.JsonNode;

/**
 * A KL programme owner runs a programme in a real browser (Chromium), through the gateway on the
 * running platform: creates it (a double-clicked "save" creates one), publishes it after the preview,
 * sees who has not answered and answers for one of them, moves a municipality between the proposed
 * networks and confirms them, schedules a theme day (a second one that day is refused at the field),
 * records attendance on the day, and downloads the attendance and non-respondent lists, which a real
 * CSV reader and a real XLSX reader must read back. Every page passes axe-core's WCAG 2.1 A/AA rules
 * at desktop and phone width. A coordinator and a finance person are then refused every KL page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KlWebSystemTests {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    /** Two regions' municipalities join: the proposal makes two networks of five. */
    private static final List<String> NORTH = List.of("773", "787", "810", "813", "860");

    private static final List<String> MIDDLE = List.of("706", "707", "710", "730", "740");
    /** Answered "no" by KL on the municipality's behalf, in the browser. */
    private static final String ANSWERED_BY_KL = "101";
    /** Answered by KL after the interest deadline, and approved by KL after the approval deadline. */
    private static final String LATE_ANSWER = "147";

    private static final String LATE_APPROVAL = "151";

    static Platform platform;
    static Client client;
    static Scenario scenario;
    static String title;
    static String programme;
    static String meeting;
    static String enrolment;
    static String invoice;
    static final List<String> klPages = new ArrayList<>();

    @BeforeAll
    static void startPlatform() {
        platform = Platform.everything();
        client = new Client(platform).viaGateway();
        scenario = new Scenario(client);
        title = "Partnerskab om data i dagtilbud " + System.nanoTime() % 100000;
    }

    @Test
    @Order(1)
    void klStaffRunAProgrammeInTheBrowser() throws Exception {
        try (Browser browser = new Browser(platform.baseUrl(Platform.GATEWAY), "kl")) {
            browser.signIn("kl-admin", "Overblik");
            visited(browser);
            browser.check("overblik");

            // A draft: a refused date is named at its field; a double click on "save" saves once
            browser.clickText("Opret program");
            visited(browser);
            new Select(browser.find("#kind")).selectByValue("PARTNERSHIP");
            browser.type("#title", title);
            LocalDate today = LocalDate.now(COPENHAGEN);
            // under way from today, so its theme day can be held within the programme's period during the test
            date(browser, "startsOn", today);
            date(browser, "endsOn", today.plusDays(730));
            date(browser, "interestDeadline", today.plusDays(20));
            date(browser, "approvalDeadline", today.plusDays(10));
            browser.type("#price", "110000,00");
            browser.type("#focusAreas", String.join("\n", Scenario.FOCUS_AREAS));
            browser.clickText("Gem kladde");
            assertThat(browser.text("#approvalDeadline-error")).contains("ikke ligge før svarfristen");
            assertThat(browser.find("#approvalDeadline").getAttribute("aria-invalid"))
                    .isEqualTo("true");
            browser.check("program-fejl");
            date(browser, "approvalDeadline", today.plusDays(40));
            new Actions(browser.driver())
                    .doubleClick(browser.driver().findElement(By.xpath("//button[normalize-space()='Gem kladde']")))
                    .perform();
            browser.waiting()
                    .until(d ->
                            browser.all("h1").stream().anyMatch(h -> h.getText().equals(title)));
            programme = browser.url().replaceAll(".*/kl/programmer/([^/?#]+).*", "$1");
            assertThat(programmesTitled(title))
                    .as("a double click saves one programme")
                    .isEqualTo(1);
            assertThat(browser.text("main [role=status]")).contains("gemt som kladde");
            visited(browser);
            browser.check("program-kladde");

            // Publishing: first what it commits to, then the programme is open for interest
            browser.clickText("Offentliggør …");
            visited(browser);
            assertThat(browser.text("#rateplan"))
                    .contains("Ved tilmeldingen", "12 måneder efter tilmeldingen", "55.000,00 kr.", "68.750,00 kr.");
            assertThat(browser.text("#pris")).contains("110.000,00 kr. + 25 % moms = 137.500,00 kr.");
            browser.check("offentliggoer");
            browser.clickText("Offentliggør programmet");
            assertThat(browser.text("main [role=status]")).contains("er offentliggjort");
            assertThat(browser.text("[data-status]")).isEqualTo("Offentliggjort");

            // Ten municipalities join (through the API, as their coordinators would)
            List<String> joining = new ArrayList<>(NORTH);
            joining.addAll(MIDDLE);
            Map<String, String> enrolments = scenario.joined(programme, joining);
            enrolment = enrolments.get(NORTH.get(0));
            Map<String, String> participants = new LinkedHashMap<>();
            participants.put(participant(enrolments, NORTH.get(0), "Søren Ærø-Østergaard"), NORTH.get(0));
            participants.put(participant(enrolments, NORTH.get(1), "Åse Mølgaard"), NORTH.get(1));
            participants.put(participant(enrolments, MIDDLE.get(0), "Jens Kjær"), MIDDLE.get(0));

            // Who has not answered: the list, KL answering for one, the list to hand on
            browser.clickText("Mangler svar");
            visited(browser);
            assertThat(browser.text("main p.font-lead")).contains("88 kommuner har ikke svaret");
            assertThat(browser.text("#mangler-svar")).contains("København", "Ingen kontaktperson registreret");
            browser.check("mangler-svar");
            browser.clickAndLoad("a[aria-label='Registrér svar for København']");
            visited(browser);
            assertThat(new Select(browser.find("#municipalityCode"))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("København");
            browser.check("svar-paa-vegne");
            browser.click("#interested2");
            browser.clickText("Registrér svar");
            assertThat(browser.text("main [role=status]")).contains("Svaret fra København er registreret");
            assertThat(browser.text("main p.font-lead")).contains("87 kommuner har ikke svaret");
            List<List<String>> csv =
                    readCsv(browser.download("a[href$='/mangler-svar.csv']", "mangler-svar-" + today + ".csv"));
            assertThat(csv.get(0)).containsExactly("Kommunekode", "Kommune", "Region", "Kontaktperson", "E-mail");
            assertThat(csv).hasSize(1 + 87);
            assertThat(csv.stream().map(r -> r.get(1)))
                    .contains("Frederiksberg", "Ærø")
                    .doesNotContain("København");
            List<List<Object>> xlsx =
                    readXlsx(browser.download("a[href$='/mangler-svar.xlsx']", "mangler-svar-" + today + ".xlsx"));
            assertThat(xlsx).hasSize(1 + 87);
            assertThat(xlsx.get(0)).containsExactly("Kommunekode", "Kommune", "Region", "Kontaktperson", "E-mail");
            assertThat(xlsx.stream().map(r -> r.get(1))).contains("Ærø").doesNotContain("København");

            // The enrolments: ten joined, one declined
            browser.clickText("Tilmeldinger");
            visited(browser);
            assertThat(browser.text("#optaelling")).contains("10 tilmeldt", "1 har takket nej", "87 mangler at svare");
            assertThat(browser.text("#tilmeldinger")).contains("Thisted", "Tilmeldt", "faglig ledelse");
            browser.check("tilmeldinger");
            klPages.add("/kl/tilmeldinger/" + enrolment + "/godkendelse");

            // Networks: the proposal with its reasons; one municipality moves; confirmed
            browser.clickText("Netværk");
            visited(browser);
            assertThat(browser.all("fieldset.app-network")).hasSize(2);
            assertThat(browser.text(".app-network")).contains("Region Nordjylland ligesom");
            browser.check("netvaerk-forslag");
            String moved = MIDDLE.get(0);
            WebElement select = browser.find("#placement" + moved);
            String from = new Select(select).getFirstSelectedOption().getAttribute("value");
            String to = from.equals("0") ? "1" : "0";
            new Select(select).selectByValue(to);
            browser.awaitText("#netvaerk-" + to + "-stoerrelse", "6 kommuner");
            assertThat(browser.text("#netvaerk-" + from + "-stoerrelse")).isEqualTo("4 kommuner");
            browser.clickText("Opdatér");
            assertThat(browser.text("#netvaerk-" + to)).contains("Syddjurs", "Flyttet hertil af dig");
            assertThat(browser.text("#netvaerk-" + to + "-stoerrelse")).isEqualTo("6 kommuner");
            browser.check("netvaerk-flyttet");
            String northNetwork =
                    browser.find("#netvaerk-" + to + " input[id$='name']").getAttribute("value");
            browser.clickText("Bekræft netværkene");
            assertThat(browser.text("main [role=status]")).contains("De 2 netværk er dannet");
            browser.check("netvaerk");

            // The meeting plan: five theme days missing; a theme day on the day, then a second one refused
            browser.clickText("Mødeplan");
            visited(browser);
            WebElement plan = await().atMost(EVENTUALLY)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(
                            () -> {
                                browser.driver().navigate().refresh();
                                return browser.all("article[data-network]").stream()
                                        .filter(a -> a.getText().contains(northNetwork)
                                                && a.getText().contains("mangler 5"))
                                        .findFirst()
                                        .orElse(null);
                            },
                            a -> a != null);
            browser.check("moedeplan");
            browser.clickAndLoad(plan.findElement(By.linkText("Planlæg temadag")));
            visited(browser);
            // soon enough to record the attendance without a long wait, late enough to be refused before it
            LocalDateTime start = LocalDateTime.now(COPENHAGEN)
                    .plusSeconds(40)
                    .truncatedTo(ChronoUnit.MINUTES)
                    .plusMinutes(1);
            scheduleThemeDay(browser, "Temadag om data og dokumentation", start, "Aalborg Kongres & Kultur Center");
            assertThat(browser.text("main [role=status]")).contains("er planlagt");
            meeting = browser.url().replaceAll(".*/kl/moeder/([^/?#]+).*", "$1");
            visited(browser);
            browser.open("/kl/programmer/" + programme + "/moedeplan");
            browser.clickAndLoad(browser.all("article[data-network]").stream()
                    .filter(a -> a.getText().contains(northNetwork))
                    .findFirst()
                    .orElseThrow()
                    .findElement(By.linkText("Planlæg temadag")));
            LocalDateTime sameDay = start.plusMinutes(30).toLocalDate().equals(start.toLocalDate())
                    ? start.plusMinutes(30)
                    : start.minusMinutes(1);
            scheduleThemeDay(browser, "Endnu en temadag", sameDay, "Hjørring Rådhus");
            assertThat(browser.text("#startsAt-error")).contains("Netværket har allerede et møde den dag");
            browser.check("moede-dobbeltbooking");

            // Sign-ups (the coordinators'), the meeting's page, the list to print
            participants.forEach((participant, code) -> await().atMost(EVENTUALLY)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> client.post(
                                            Platform.MEETING,
                                            "/api/meetings/" + meeting + "/sign-ups",
                                            client.token("MUNICIPALITY", code),
                                            Map.of("participantId", participant))
                                    .status()
                            == 201));
            browser.open("/kl/moeder/" + meeting);
            assertThat(browser.text("#tilmeldte")).contains("Søren Ærø-Østergaard", "Åse Mølgaard", "Jens Kjær");
            browser.check("moede");
            browser.clickText("Deltagerliste");
            visited(browser);
            assertThat(browser.text("#deltagerliste")).contains("Morsø", "Thisted", "Syddjurs", "Åse Mølgaard");
            browser.check("deltagerliste");

            // An open theme meeting with a fee: KL signs an outside guest up, invoiced to the guest's organisation
            Map<String, Object> open = new LinkedHashMap<>();
            open.put("programmeId", programme);
            open.put("kind", "OPEN_THEME_MEETING");
            open.put("title", "Fagligt temamøde om kvalitet i dagtilbud");
            open.put("startsAt", start.plusDays(14).withHour(10).toString());
            open.put("endsAt", start.plusDays(14).withHour(15).toString());
            open.put(
                    "venue",
                    Map.of("name", "Roskilde Kongres- og Idrætscenter", "address", "Møllehusvej 15, 4000 Roskilde"));
            open.put("capacity", 40);
            open.put("feePerParticipant", "1500.00");
            String openMeeting = client.post(Platform.MEETING, "/api/meetings", scenario.klToken(), open)
                    .expect(201)
                    .json()
                    .get("id")
                    .asString();
            browser.open("/kl/moeder/" + openMeeting);
            browser.clickText("Tilmeld en gæst");
            browser.type("#name", "Birgitte Gæst");
            browser.type("#email", "birgitte@bupl.example");
            browser.type("[id='organisation.name']", "BUPL");
            browser.clickText("Tilmeld gæsten");
            assertThat(browser.text("[id='organisation.address-error']")).contains("gebyr");
            assertThat(browser.text("[id='organisation.cvr-error']")).contains("CVR-nummer");
            browser.check("gaest-fejl");
            browser.type("[id='organisation.address.street']", "Blegdamsvej 124");
            browser.type("[id='organisation.address.postalCode']", "2100");
            browser.type("[id='organisation.address.city']", "København Ø");
            browser.type("[id='organisation.cvr']", "12345674");
            browser.clickText("Tilmeld gæsten");
            assertThat(browser.text("main [role=status]")).contains("Birgitte Gæst er tilmeldt som gæst");
            assertThat(browser.text("#tilmeldte")).contains("Gæst fra BUPL", "Birgitte Gæst");

            // On the day: the checklist refuses before the start, and records who came after it
            browser.open("/kl/moeder/" + meeting + "/fremmoede");
            visited(browser);
            String came = key(participants, "Søren Ærø-Østergaard");
            String alsoCame = key(participants, "Jens Kjær");
            tick(browser, came);
            tick(browser, alsoCame);
            if (LocalDateTime.now(COPENHAGEN).isBefore(start.minusSeconds(5))) {
                browser.clickText("Registrér fremmøde");
                assertThat(browser.text("#fejlopsummering")).contains("Mødet er ikke begyndt endnu");
                assertThat(browser.find("#deltager-" + came).isSelected())
                        .as("the ticks are kept")
                        .isTrue();
                browser.check("fremmoede-for-tidligt");
            } else {
                browser.check("fremmoede");
            }

            // While the meeting has not begun: follow-up, invoices (read only), the number audit, the dashboard
            browser.open("/kl/programmer/" + programme + "/opfoelgning");
            visited(browser);
            assertThat(browser.text("h1")).isEqualTo("Opfølgning");
            browser.check("opfoelgning");
            browser.open("/kl/fakturaer?program=" + programme);
            visited(browser);
            await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
                browser.driver().navigate().refresh();
                return browser.all("#fakturaer tbody tr").size() == 10;
            });
            browser.check("fakturaer");
            browser.clickAndLoad("#fakturaer tbody tr a");
            invoice = browser.url().replaceAll(".*/kl/fakturaer/([^/?#]+).*", "$1");
            visited(browser);
            assertThat(browser.text("#brutto")).isEqualTo("68.750,00 kr.");
            browser.check("faktura");
            browser.open("/kl/kreditnotaer");
            visited(browser);
            browser.check("kreditnotaer");
            browser.open("/kl/nummerkontrol");
            visited(browser);
            assertThat(browser.text("#nummerkontrol-resultat")).contains("fortløbende");
            browser.check("nummerkontrol");
            browser.clickText("Overblik");
            WebElement row = browser.find("tr[data-programme='" + programme + "']");
            assertThat(row.findElement(By.cssSelector("[data-count=joined]")).getText())
                    .isEqualTo("10");
            assertThat(row.findElement(By.cssSelector("[data-count=notAnswered]"))
                            .getText())
                    .isEqualTo("87");
            assertThat(row.findElement(By.cssSelector("[data-count=invoiced]")).getText())
                    .isEqualTo("10");
            browser.check("overblik-i-gang");

            // The meeting has begun: the ticks are sent
            long wait = Duration.between(LocalDateTime.now(COPENHAGEN), start).toMillis() + 1000;
            Thread.sleep(Math.max(0, wait));
            browser.open("/kl/moeder/" + meeting + "/fremmoede");
            tick(browser, came);
            tick(browser, alsoCame);
            // Åse could not come; a colleague came in her place and counts for her municipality
            browser.type("#walkInName", "Bente Vikar");
            new Select(browser.find("#walkInMunicipality"))
                    .selectByValue(participants.get(key(participants, "Åse Mølgaard")));
            browser.clickText("Registrér fremmøde");
            assertThat(browser.text("main [role=status]")).contains("3 mødte");
            assertThat(browser.text("#fremmoede-resultat")).contains("2 af 3 tilmeldte mødte op");
            assertThat(browser.text("#walk-ins")).contains("Bente Vikar");
            browser.check("moede-afholdt");
            String day = start.toLocalDate().toString();
            List<List<String>> attendance =
                    readCsv(browser.download("a[href$='/fremmoede.csv']", "fremmoede-" + day + "-" + today + ".csv"));
            assertThat(attendance.get(0))
                    .containsExactly("Mødedato", "Møde", "Kommunekode", "Kommune", "Navn", "Mødt", "Bemærkning");
            assertThat(attendance.subList(1, attendance.size()))
                    .extracting(r -> r.get(4) + ":" + r.get(5) + ":" + r.get(6))
                    .containsExactlyInAnyOrder(
                            "Søren Ærø-Østergaard:Ja:",
                            "Åse Mølgaard:Nej:",
                            "Jens Kjær:Ja:",
                            "Bente Vikar:Ja:Mødt i stedet for en tilmeldt");
            assertThat(attendance)
                    .filteredOn(r -> r.get(4).equals("Bente Vikar"))
                    .singleElement()
                    .as("a walk-in is listed with the municipality they came for")
                    .satisfies(
                            r -> assertThat(r.get(2)).isEqualTo(participants.get(key(participants, "Åse Mølgaard"))));
            assertThat(attendance.get(1).get(0))
                    .as("a date as Danish Excel reads it")
                    .isEqualTo(start.toLocalDate().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
            List<List<Object>> attendanceSheet = readXlsx(
                    browser.download("a[href$='/fremmoede.xlsx']", "fremmoede-" + day + "-" + today + ".xlsx"));
            assertThat(attendanceSheet).hasSize(5);
            assertThat(attendanceSheet.get(1).get(0)).as("a real date").isEqualTo(start.toLocalDate());
            assertThat(attendanceSheet.subList(1, 5))
                    .extracting(r -> r.get(4) + ":" + r.get(5))
                    .containsExactlyInAnyOrder(
                            "Søren Ærø-Østergaard:Ja", "Åse Mølgaard:Nej", "Jens Kjær:Ja", "Bente Vikar:Ja");

            // Jens Kjær was ticked by mistake: KL corrects the attendance, and must say why
            browser.clickText("Ret fremmødet");
            visited(browser);
            assertThat(browser.find("#deltager-" + alsoCame).isSelected())
                    .as("the held meeting's attendance, filled in")
                    .isTrue();
            untick(browser, alsoCame);
            browser.clickText("Ret fremmødet");
            assertThat(browser.text("#reason-error")).contains("Angiv en begrundelse");
            assertThat(browser.find("#deltager-" + alsoCame).isSelected())
                    .as("the correction as typed is kept")
                    .isFalse();
            browser.check("fremmoede-rettelse-fejl");
            browser.type("#reason", "Jens Kjær var syg, men blev registreret som mødt");
            browser.clickText("Ret fremmødet");
            assertThat(browser.text("main [role=status]")).contains("Fremmødet er rettet: 2 mødte");
            assertThat(browser.text("#fremmoede-resultat")).contains("1 af 3 tilmeldte mødte op");
            assertThat(browser.text("#fremmoede-rettet"))
                    .contains("rettet én gang", "Jens Kjær var syg, men blev registreret som mødt");
            assertThat(browser.text("#walk-ins")).as("the walk-in stays").contains("Bente Vikar");
            browser.check("fremmoede-rettet");
            assertThat(readCsv(browser.download("a[href$='/fremmoede.csv']", "fremmoede-" + day + "-" + today + ".csv"))
                            .subList(1, 5))
                    .extracting(r -> r.get(4) + ":" + r.get(5))
                    .containsExactlyInAnyOrder(
                            "Søren Ærø-Østergaard:Ja", "Åse Mølgaard:Nej", "Jens Kjær:Nej", "Bente Vikar:Ja");

            // The end of the programme
            browser.open("/kl/programmer/" + programme + "/afslutning");
            visited(browser);
            browser.check("afslut");
            browser.clickText("Afslut programmet");
            assertThat(browser.text("[data-status]")).isEqualTo("Afsluttet");
        }
    }

    @Test
    @Order(2)
    void klAcceptsALateAnswerAndALateApprovalOnlyWithItsReason() throws Exception {
        LocalDate today = LocalDate.now(COPENHAGEN);
        String late = scenario.publishedProgramme(
                "NETWORK",
                "45000.00",
                "Netværk efter fristen " + System.nanoTime() % 100000,
                today.minusDays(2),
                today.minusDays(1));
        String awaiting = client.post(
                        Platform.REGISTRATION,
                        "/api/programmes/" + late + "/enrolments",
                        scenario.klToken(),
                        Map.of(
                                "municipalityCode",
                                LATE_APPROVAL,
                                "interested",
                                true,
                                "focusAreas",
                                Scenario.FOCUS_AREAS.subList(0, 1),
                                "reason",
                                "Svaret kom pr. brev inden fristen"))
                .expect(201)
                .json()
                .get("id")
                .asString();
        scenario.giveBillingProfile(LATE_APPROVAL);
        try (Browser browser = new Browser(platform.baseUrl(Platform.GATEWAY), "kl-frist")) {
            browser.signIn("kl-admin", "Overblik");

            // An answer after the interest deadline: refused at the field until KL says why
            browser.open("/kl/programmer/" + late + "/svar?kommune=" + LATE_ANSWER);
            assertThat(browser.text("main [role=note]")).contains("Fristen", "er overskredet");
            browser.click("#interested2");
            browser.clickText("Registrér svar");
            assertThat(browser.text("#reason-error")).contains("Angiv en begrundelse");
            assertThat(browser.find("#reason").getAttribute("aria-invalid")).isEqualTo("true");
            browser.check("svar-efter-fristen-fejl");
            browser.type("#reason", "Borgmesteren svarede KL pr. telefon den 1.");
            browser.clickText("Registrér svar");
            assertThat(browser.text("main [role=status]")).contains("markeret som kommet efter fristen");

            // A council decision after the approval deadline: likewise
            browser.open("/kl/tilmeldinger/" + awaiting + "/godkendelse");
            date(browser, "decisionDate", today);
            browser.type("#caseReference", "SAG-" + LATE_APPROVAL);
            browser.clickText("Registrér godkendelse");
            assertThat(browser.text("#reason-error")).contains("Angiv en begrundelse");
            browser.check("godkendelse-efter-fristen-fejl");
            browser.type("#reason", "Kommunalbestyrelsens møde blev flyttet til efter fristen");
            browser.clickText("Registrér godkendelse");
            assertThat(browser.text("main [role=status]")).contains("Kommunen er nu tilmeldt");

            // The overview shows both exceptions with KL's reasons
            assertThat(browser.text("#tilmeldinger"))
                    .contains(
                            "Efter fristen",
                            "KL's begrundelse: Borgmesteren svarede KL pr. telefon den 1.",
                            "Godkendt efter fristen",
                            "KL's begrundelse: Kommunalbestyrelsens møde blev flyttet til efter fristen");
            browser.check("tilmeldinger-med-undtagelser");
        }
        JsonNode approved = client.get(Platform.REGISTRATION, "/api/enrolments/" + awaiting, scenario.klToken())
                .expect(200)
                .json();
        assertThat(approved.get("state").asString()).isEqualTo("JOINED");
        assertThat(approved.get("approvalOverride").get("reason").asString())
                .isEqualTo("Kommunalbestyrelsens møde blev flyttet til efter fristen");
    }

    @Test
    @Order(3)
    void coordinatorsAndFinanceStaffAreRefusedEveryKlPage() {
        assertThat(invoice).as("KL's journey ran").isNotNull();
        List<WebRoutes.Route> routes = WebRoutes.under("/kl");
        assertThat(routes)
                .as("read from the web client's controllers")
                .contains(
                        new WebRoutes.Route(RequestMethod.GET, "/kl"),
                        new WebRoutes.Route(RequestMethod.POST, "/kl/moeder/{meetingId}/fremmoede"));
        assertThat(klPages.stream().filter(page -> page.startsWith("/kl")))
                .as("every KL page the journey went through is a mapped route")
                .allSatisfy(page -> assertThat(routes.stream()
                                .filter(r -> r.method() == RequestMethod.GET)
                                .map(r -> concrete(r.path())))
                        .contains(page));
        for (String user : List.of("koordinator-461", "oekonomi")) {
            try (Browser browser = new Browser(platform.baseUrl(Platform.GATEWAY), user)) {
                browser.signIn(user, user.equals("oekonomi") ? "Ingen adgang" : "Oversigt for");
                String csrf = browser.find("input[name=_csrf]").getAttribute("value");
                for (WebRoutes.Route route : routes) {
                    String path = concrete(route.path());
                    if (route.method() == RequestMethod.GET) {
                        browser.open(path);
                        assertThat(browser.status()).as(user + " " + route).isEqualTo(403);
                        assertThat(browser.text("h1")).as(user + " " + route).isEqualTo("Ingen adgang");
                        assertThat(browser.text("main")).doesNotContain(title, "Søren");
                    } else {
                        // a form sent with a valid CSRF token: refused for the role, not for the token
                        assertThat(browser.driver()
                                        .executeAsyncScript(
                                                """
                                                const done = arguments[arguments.length - 1];
                                                fetch(arguments[0], {method: arguments[1], redirect: 'manual',
                                                    body: new URLSearchParams({_csrf: arguments[2]})})
                                                  .then(r => done(r.status), e => done(String(e)));
                                                """, path, route.method().name(), csrf))
                                .as(user + " " + route)
                                .isEqualTo(403L);
                    }
                }
                browser.check("ingen-adgang");
            }
        }
    }

    /**
     * A route with the journey's own programme, meeting, enrolment and invoice in place of its path
     * variables, so that a page which let the wrong person in would show KL's data. A variable the
     * journey has no value for fails the test: give it one.
     */
    private static String concrete(String route) {
        Map<String, String> ids =
                Map.of("programmer", programme, "moeder", meeting, "tilmeldinger", enrolment, "fakturaer", invoice);
        StringBuilder path = new StringBuilder();
        String previous = "";
        for (String segment : route.substring(1).split("/")) {
            String value = segment;
            if (segment.matches("\\{[^}]+}")) {
                value = ids.get(previous);
                if (value == null && segment.equals("{document}")) {
                    value = "e-faktura";
                }
            } else if (segment.endsWith(".{format}")) {
                value = segment.replace("{format}", "xlsx");
            }
            assertThat(value)
                    .as("a value for " + segment + " in " + route)
                    .isNotNull()
                    .doesNotContain("{");
            path.append('/').append(value);
            previous = segment;
        }
        return path.toString();
    }

    /** Notes the page the browser is on as one of KL's. */
    private static void visited(Browser browser) {
        String path =
                browser.url().replace(platform.baseUrl(Platform.GATEWAY), "").replaceAll("[?#].*", "");
        if (!klPages.contains(path)) {
            klPages.add(path);
        }
    }

    /** Ticks a participant on the attendance checklist (a tap on the label, as on a tablet), if not ticked. */
    private static void tick(Browser browser, String participantId) {
        if (!browser.find("#deltager-" + participantId).isSelected()) {
            browser.click("label[for='deltager-" + participantId + "']");
        }
    }

    private static void untick(Browser browser, String participantId) {
        if (browser.find("#deltager-" + participantId).isSelected()) {
            browser.click("label[for='deltager-" + participantId + "']");
        }
    }

    private static void date(Browser browser, String field, LocalDate date) {
        browser.script("document.getElementById(arguments[0]).value = arguments[1]", field, date.toString());
    }

    private static void scheduleThemeDay(Browser browser, String title, LocalDateTime start, String venue) {
        assertThat(new Select(browser.find("#kind")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("THEME_DAY");
        browser.type("#title", title);
        browser.script(
                "document.getElementById('startsAt').value = arguments[0];"
                        + " document.getElementById('endsAt').value = arguments[1]",
                start.toString(),
                start.plusHours(6).toString());
        browser.type("[id='venue.name']", venue);
        browser.type("[id='venue.address']", "Europa Plads 4, 9000 Aalborg");
        browser.type("#capacity", "30");
        browser.clickText("Planlæg mødet");
    }

    private static String participant(Map<String, String> enrolments, String code, String name) {
        return client.post(
                        Platform.REGISTRATION,
                        "/api/enrolments/" + enrolments.get(code) + "/participants",
                        client.token("MUNICIPALITY", code),
                        Map.of(
                                "name",
                                name,
                                "email",
                                "deltager-" + code + "-" + System.nanoTime() % 100000 + "@kommune.dk",
                                "role",
                                "INSTITUTION_LEADER"))
                .expect(201)
                .json()
                .get("id")
                .asString();
    }

    private static String key(Map<String, String> participants, String name) {
        for (JsonNode item : client.get(Platform.MEETING, "/api/meetings/" + meeting, scenario.klToken())
                .expect(200)
                .json()
                .get("signUps")) {
            if (item.get("name").asString().equals(name)) {
                return item.get("participantId").asString();
            }
        }
        throw new AssertionError(name + " is not signed up; " + participants);
    }

    private static long programmesTitled(String title) {
        long count = 0;
        for (JsonNode item : client.get(
                        Platform.REGISTRATION, "/api/programmes?status=DRAFT&size=200", scenario.klToken())
                .expect(200)
                .json()
                .get("items")) {
            if (title.equals(item.get("title").asString())) {
                count++;
            }
        }
        return count;
    }

    /** The rows of a CSV file as Danish Excel reads it: UTF-8 after a byte order mark, fields between ";". */
    private static List<List<String>> readCsv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        try (Reader reader = new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record :
                    CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(reader)) {
                rows.add(record.toList());
            }
            return rows;
        }
    }

    /** The first sheet's rows: text as text, dates as dates, numbers as numbers. */
    private static List<List<Object>> readXlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<Object>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(
                            cell == null
                                    ? null
                                    : switch (cell.getCellType()) {
                                        case NUMERIC ->
                                            DateUtil.isCellDateFormatted(cell)
                                                    ? cell.getLocalDateTimeCellValue()
                                                            .toLocalDate()
                                                    : (Object) cell.getNumericCellValue();
                                        case STRING -> cell.getStringCellValue();
                                        default -> null;
                                    });
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
