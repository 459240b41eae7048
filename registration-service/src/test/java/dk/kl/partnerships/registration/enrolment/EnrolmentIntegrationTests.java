package dk.kl.partnerships.registration.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.registration.RegistrationFixtures;
import dk.kl.partnerships.security.test.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class EnrolmentIntegrationTests {

    /** KL's reason for accepting an answer after the interest deadline. */
    private static final String LATE_ANSWER = "Kommunen svarede pr. telefon dagen efter fristen";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    ApiClient api;
    RegistrationFixtures fixtures;
    KafkaProbe enrolmentEvents;

    @BeforeEach
    void setUp() {
        api = ApiClient.onPort(port);
        fixtures = new RegistrationFixtures(api);
        enrolmentEvents = KafkaProbe.reading(kafka, Topic.ENROLMENTS.topicName());
    }

    @AfterEach
    void tearDown() {
        enrolmentEvents.close();
    }

    @Test
    void aMunicipalityDeclaresInterestIsAlignedApprovedAndJoins() {
        String programme = fixtures.publishedProgramme("PARTNERSHIP");
        fixtures.giveBillingProfile("630");
        String enrolment = fixtures.interested(programme, "630", List.of("faglig ledelse", "evalueringskultur"));

        Response aligned = api.post(
                "/api/enrolments/" + enrolment + "/alignment",
                TestTokens.klAdmin(),
                Map.of(
                        "contactedOn",
                        LocalDate.now(BusinessTime.ZONE).toString(),
                        "note",
                        "Expectations aligned by phone"));
        assertThat(aligned.status()).as(aligned.body()).isEqualTo(200);
        assertThat(aligned.json().get("state").asString()).isEqualTo("ALIGNED");

        Response joined = fixtures.approve(enrolment, "630");
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(joined.json().get("state").asString()).isEqualTo("JOINED");
        assertThat(joined.json().at("/invoiceRecipient/ean").asString()).isEqualTo(RegistrationFixtures.EAN);

        List<ConsumerRecord<String, byte[]>> events =
                enrolmentEvents.await(r -> KafkaProbe.payload(r).contains(enrolment), 2, Duration.ofSeconds(20));
        assertThat(events)
                .extracting(r -> KafkaProbe.header(r, "ce_type"))
                .containsExactly(EventType.INTEREST_DECLARED.ceType(), EventType.MUNICIPALITY_JOINED.ceType());
        assertThat(events).allSatisfy(r -> assertThat(r.key()).isEqualTo("630"));
        JsonNode payload = api.get("/api/enrolments/" + enrolment, TestTokens.municipality("630"))
                .json();
        assertThat(payload.get("councilDecision").get("reference").asString()).isEqualTo("26/630");
        assertThat(KafkaProbe.payload(events.get(1)))
                .contains("\"ean\":\"" + RegistrationFixtures.EAN + "\"")
                .contains("\"cvr\":\"" + RegistrationFixtures.CVR + "\"");
    }

    @Test
    void theSameDeclarationOrApprovalAgainIsTheAnswerAlreadyGivenAndPublishesNothingMore() {
        String programme = fixtures.publishedProgramme("PARTNERSHIP");
        fixtures.giveBillingProfile("751");
        Response first = fixtures.declare(programme, "751", true, List.of("faglig ledelse"));
        Response again = fixtures.declare(programme, "751", true, List.of("faglig ledelse"));
        Response otherAnswer = fixtures.declare(programme, "751", false, List.of());
        String enrolment = first.json().get("id").asString();

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("id").asString()).isEqualTo(enrolment);
        assertThat(otherAnswer.status()).isEqualTo(409);

        assertThat(fixtures.approve(enrolment, "751").status()).isEqualTo(200);
        Response approvedAgain = fixtures.approve(enrolment, "751");
        assertThat(approvedAgain.status()).as(approvedAgain.body()).isEqualTo(200);
        assertThat(approvedAgain.json().get("state").asString()).isEqualTo("JOINED");
        Response otherDecision = api.post(
                "/api/enrolments/" + enrolment + "/approval",
                TestTokens.municipality("751"),
                Map.of("decisionDate", LocalDate.now(BusinessTime.ZONE).toString(), "caseReference", "another case"));
        assertThat(otherDecision.status()).isEqualTo(409);

        assertThat(enrolmentEvents.drain(r -> KafkaProbe.payload(r).contains(enrolment), Duration.ofSeconds(4)))
                .extracting(r -> KafkaProbe.header(r, "ce_type"))
                .containsExactly(EventType.INTEREST_DECLARED.ceType(), EventType.MUNICIPALITY_JOINED.ceType());
    }

    @Test
    void aMunicipalityMayDeclineAndIsThenNoLongerANonRespondent() {
        String programme = fixtures.publishedProgramme("NETWORK");
        assertThat(nonRespondentCodes(programme)).contains("101").hasSize(98);

        Response declined = fixtures.declare(programme, "101", false, List.of());

        assertThat(declined.status()).as(declined.body()).isEqualTo(201);
        assertThat(declined.json().get("state").asString()).isEqualTo("DECLINED");
        assertThat(nonRespondentCodes(programme)).doesNotContain("101").hasSize(97);
        assertThat(api.post(
                                "/api/enrolments/" + declined.json().get("id").asString() + "/approval",
                                TestTokens.municipality("101"),
                                Map.of(
                                        "decisionDate",
                                        LocalDate.now(BusinessTime.ZONE).toString(),
                                        "caseReference",
                                        "x"))
                        .json()
                        .get("currentState")
                        .asString())
                .isEqualTo("DECLINED");
    }

    @Test
    void withdrawalAfterJoiningIsPublishedAndEndsTheEnrolment() {
        String programme = fixtures.publishedProgramme("PARTNERSHIP");
        String enrolment = fixtures.joined(programme, "657", List.of("faglig ledelse"));

        Response withdrawn = api.post(
                "/api/enrolments/" + enrolment + "/withdrawal",
                TestTokens.municipality("657"),
                Map.of("reason", "Council decided to prioritise schools"));

        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(enrolmentEvents.await(
                        r -> KafkaProbe.payload(r).contains(enrolment)
                                && EventType.MUNICIPALITY_WITHDREW.ceType().equals(KafkaProbe.header(r, "ce_type")),
                        1,
                        Duration.ofSeconds(20)))
                .hasSize(1);
        Response again = api.post(
                "/api/enrolments/" + enrolment + "/withdrawal",
                TestTokens.municipality("657"),
                Map.of("reason", "again"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("currentState").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void completingTheProgrammeCompletesItsJoinedEnrolments() {
        String programme = fixtures.publishedProgramme("NETWORK");
        String joined = fixtures.joined(programme, "329", List.of("evalueringskultur"));
        String onlyInterested = fixtures.interested(programme, "370", List.of("evalueringskultur"));

        Response completed = api.post("/api/programmes/" + programme + "/completion", TestTokens.klAdmin(), "");

        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/enrolments/" + joined, TestTokens.klAdmin())
                                .json()
                                .get("state")
                                .asString())
                        .isEqualTo("COMPLETED"));
        assertThat(api.get("/api/enrolments/" + onlyInterested, TestTokens.klAdmin())
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("INTEREST_DECLARED");
    }

    @Test
    void declarationsAfterTheInterestDeadlineAreRefusedUnlessKlAcceptsThem() {
        String programme = fixtures.publishedProgramme(RegistrationFixtures.programme(
                "NETWORK",
                LocalDate.now(BusinessTime.ZONE).minusDays(1),
                LocalDate.now(BusinessTime.ZONE).plusDays(30)));

        Response refused = fixtures.declare(programme, "147", true, List.of("faglig ledelse"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("rule").asString()).isEqualTo("interest-deadline-passed");

        Map<String, Object> answer =
                Map.of("municipalityCode", "147", "interested", true, "focusAreas", List.of("faglig ledelse"));
        Response withoutReason = api.post("/api/programmes/" + programme + "/enrolments", TestTokens.klAdmin(), answer);
        assertRefusedForWantOf(withoutReason, "reason");
        assertThat(api.get("/api/enrolments?programmeId=" + programme, TestTokens.klAdmin())
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();

        Map<String, Object> withReason = new HashMap<>(answer);
        withReason.put("reason", "  Svaret kom pr. brev, poststemplet før fristen  ");
        Response accepted = api.post("/api/programmes/" + programme + "/enrolments", TestTokens.klAdmin(), withReason);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("late").asBoolean()).isTrue();
        assertThat(accepted.json().get("answerOverride").get("reason").asString())
                .isEqualTo("Svaret kom pr. brev, poststemplet før fristen");
        assertThat(accepted.json().get("answerOverride").get("at").isNull()).isFalse();
        assertThat(accepted.json().get("approvalOverride").isNull()).isTrue();
    }

    @Test
    void anAnswerChangesUntilTheInterestDeadlineAndAfterItOnlyThroughKl() {
        String programme = fixtures.publishedProgramme("NETWORK");
        Response declined = fixtures.declare(programme, "173", false, List.of());
        assertThat(declined.status()).as(declined.body()).isEqualTo(201);
        String enrolment = declined.json().get("id").asString();
        String path = "/api/enrolments/" + enrolment + "/interest";
        String token = TestTokens.municipality("173");

        Response yes = api.put(
                path, token, Map.of("interested", true, "focusAreas", List.of("evalueringskultur", "faglig ledelse")));
        assertThat(yes.status()).as(yes.body()).isEqualTo(200);
        assertThat(yes.json().get("state").asString()).isEqualTo("INTEREST_DECLARED");
        Response otherAreas = api.put(path, token, Map.of("interested", true, "focusAreas", List.of("faglig ledelse")));
        assertThat(otherAreas.json().get("focusAreas").valueStream().map(JsonNode::asString))
                .containsExactly("faglig ledelse");
        Response unknownArea = api.put(path, token, Map.of("interested", true, "focusAreas", List.of("golf")));
        assertThat(unknownArea.status()).isEqualTo(400);
        assertThat(unknownArea.json().at("/errors/0/field").asString()).isEqualTo("focusAreas[0]");
        assertThat(api.put(path, TestTokens.municipality("175"), Map.of("interested", false, "focusAreas", List.of()))
                        .status())
                .as("another municipality's enrolment")
                .isEqualTo(404);
        List<ConsumerRecord<String, byte[]>> answers =
                enrolmentEvents.await(r -> KafkaProbe.payload(r).contains(enrolment), 3, Duration.ofSeconds(20));
        assertThat(answers)
                .extracting(r -> KafkaProbe.header(r, "ce_type"))
                .containsOnly(EventType.INTEREST_DECLARED.ceType());
        assertThat(KafkaProbe.payload(answers.get(2))).contains("\"interested\":true");

        fixtures.giveBillingProfile("173");
        assertThat(fixtures.approve(enrolment, "173").status()).isEqualTo(200);
        assertThat(api.put(path, token, Map.of("interested", false, "focusAreas", List.of()))
                        .status())
                .as("joined: the answer stands")
                .isEqualTo(409);
    }

    @Test
    void afterTheInterestDeadlineOnlyKlChangesAnAnswer() {
        String programme = fixtures.publishedProgramme(RegistrationFixtures.programme(
                "NETWORK",
                LocalDate.now(BusinessTime.ZONE).minusDays(1),
                LocalDate.now(BusinessTime.ZONE).plusDays(30)));
        String enrolment = api.post(
                        "/api/programmes/" + programme + "/enrolments",
                        TestTokens.klAdmin(),
                        Map.of(
                                "municipalityCode",
                                "175",
                                "interested",
                                false,
                                "focusAreas",
                                List.of(),
                                "reason",
                                LATE_ANSWER))
                .json()
                .get("id")
                .asString();
        Map<String, Object> yes = Map.of("interested", true, "focusAreas", List.of("faglig ledelse"));

        Response refused = api.put("/api/enrolments/" + enrolment + "/interest", TestTokens.municipality("175"), yes);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("rule").asString()).isEqualTo("interest-deadline-passed");
        Response withoutReason = api.put("/api/enrolments/" + enrolment + "/interest", TestTokens.klAdmin(), yes);
        assertRefusedForWantOf(withoutReason, "reason");
        assertThat(api.get("/api/enrolments/" + enrolment, TestTokens.klAdmin())
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("DECLINED");

        Map<String, Object> yesWithReason = Map.of(
                "interested",
                true,
                "focusAreas",
                List.of("faglig ledelse"),
                "reason",
                "Kommunalbestyrelsen ændrede beslutning på mødet den 3.");
        Response byKl = api.put("/api/enrolments/" + enrolment + "/interest", TestTokens.klAdmin(), yesWithReason);
        assertThat(byKl.status()).as(byKl.body()).isEqualTo(200);
        assertThat(byKl.json().get("state").asString()).isEqualTo("INTEREST_DECLARED");
        assertThat(byKl.json().get("late").asBoolean()).isTrue();
        assertThat(api.get("/api/enrolments/" + enrolment, TestTokens.municipality("175"))
                        .json()
                        .get("answerOverride")
                        .get("reason")
                        .asString())
                .isEqualTo("Kommunalbestyrelsen ændrede beslutning på mødet den 3.");
    }

    @Test
    void approvalsAfterTheApprovalDeadlineAreRefusedUnlessKlAcceptsThem() {
        String programme = fixtures.publishedProgramme(RegistrationFixtures.programme(
                "NETWORK",
                LocalDate.now(BusinessTime.ZONE).minusDays(10),
                LocalDate.now(BusinessTime.ZONE).minusDays(2)));
        fixtures.giveBillingProfile("151");
        String enrolment = api.post(
                        "/api/programmes/" + programme + "/enrolments",
                        TestTokens.klAdmin(),
                        Map.of(
                                "municipalityCode",
                                "151",
                                "interested",
                                true,
                                "focusAreas",
                                List.of("faglig ledelse"),
                                "reason",
                                LATE_ANSWER))
                .json()
                .get("id")
                .asString();

        Response refused = fixtures.approve(enrolment, "151");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("rule").asString()).isEqualTo("approval-deadline-passed");

        Map<String, Object> lateDecision =
                Map.of("decisionDate", LocalDate.now(BusinessTime.ZONE).toString(), "caseReference", "26/151");
        Response withoutReason =
                api.post("/api/enrolments/" + enrolment + "/approval", TestTokens.klAdmin(), lateDecision);
        assertRefusedForWantOf(withoutReason, "reason");
        assertThat(api.get("/api/enrolments/" + enrolment, TestTokens.klAdmin())
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("INTEREST_DECLARED");

        Map<String, Object> withReason = new HashMap<>(lateDecision);
        withReason.put("reason", "Byrådsmødet blev udsat en uge på grund af valget");
        Response accepted = api.post("/api/enrolments/" + enrolment + "/approval", TestTokens.klAdmin(), withReason);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("JOINED");
        assertThat(api.get("/api/enrolments/" + enrolment, TestTokens.municipality("151"))
                        .json()
                        .get("approvalOverride")
                        .get("reason")
                        .asString())
                .isEqualTo("Byrådsmødet blev udsat en uge på grund af valget");
    }

    @Test
    void aCouncilDecisionTakenByTheDeadlineCountsWhenItIsRecordedLater() {
        LocalDate deadline = LocalDate.now(BusinessTime.ZONE).minusDays(3);
        String programme = fixtures.publishedProgramme(RegistrationFixtures.programme(
                "NETWORK", LocalDate.now(BusinessTime.ZONE).minusDays(10), deadline));
        fixtures.giveBillingProfile("155");
        String enrolment = api.post(
                        "/api/programmes/" + programme + "/enrolments",
                        TestTokens.klAdmin(),
                        Map.of(
                                "municipalityCode",
                                "155",
                                "interested",
                                true,
                                "focusAreas",
                                List.of("faglig ledelse"),
                                "reason",
                                LATE_ANSWER))
                .json()
                .get("id")
                .asString();

        Response afterTheDeadline = api.post(
                "/api/enrolments/" + enrolment + "/approval",
                TestTokens.municipality("155"),
                Map.of("decisionDate", deadline.plusDays(1).toString(), "caseReference", "26/155"));
        assertThat(afterTheDeadline.status()).isEqualTo(422);
        assertThat(afterTheDeadline.json().get("rule").asString()).isEqualTo("approval-deadline-passed");

        Response onTheDeadline = api.post(
                "/api/enrolments/" + enrolment + "/approval",
                TestTokens.municipality("155"),
                Map.of("decisionDate", deadline.toString(), "caseReference", "26/155"));
        assertThat(onTheDeadline.status()).as(onTheDeadline.body()).isEqualTo(200);
        assertThat(onTheDeadline.json().get("state").asString()).isEqualTo("JOINED");
    }

    @Test
    void approvalWithoutABillingProfileIsRefusedAndChangesNothing() {
        String programme = fixtures.publishedProgramme("NETWORK");
        String enrolment = fixtures.interested(programme, "153", List.of("faglig ledelse"));

        Response refused = fixtures.approve(enrolment, "153");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("detail").asString()).contains("EAN").contains("CVR");
        assertThat(api.get("/api/enrolments/" + enrolment, TestTokens.klAdmin())
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("INTEREST_DECLARED");
    }

    @Test
    void anInvalidEanIsRefusedNamingTheField() {
        Response refused = api.put(
                "/api/municipalities/155/billing-profile",
                TestTokens.municipality("155"),
                RegistrationFixtures.billingProfile("5798000012340"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("eans[0]");
        assertThat(api.get("/api/municipalities/155", TestTokens.municipality("155"))
                        .json()
                        .get("billingProfile")
                        .isNull())
                .isTrue();
    }

    @Test
    void focusAreasMustBeOneToThreeOfTheProgrammes() {
        String programme = fixtures.publishedProgramme("NETWORK");

        Response unknown = fixtures.declare(programme, "157", true, List.of("faglig ledelse", "astrologi"));
        Response none = fixtures.declare(programme, "157", true, List.of());

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("focusAreas[1]");
        assertThat(none.status()).isEqualTo(400);
    }

    @Test
    void aMunicipalityAnswersAProgrammeOnlyOnce() {
        String programme = fixtures.publishedProgramme("NETWORK");
        fixtures.interested(programme, "159", List.of("faglig ledelse"));

        Response second = fixtures.declare(programme, "159", false, List.of());

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.isProblem()).isTrue();
    }

    @Test
    void aCoordinatorCannotSeeOrActForAnotherMunicipality() {
        String programme = fixtures.publishedProgramme("NETWORK");
        String enrolment = fixtures.interested(programme, "161", List.of("faglig ledelse"));
        String otherCoordinator = TestTokens.municipality("163");

        assertThat(api.get("/api/enrolments/" + enrolment, otherCoordinator).status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/enrolments/" + enrolment + "/withdrawal",
                                otherCoordinator,
                                Map.of("reason", "not mine"))
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/programmes/" + programme + "/enrolments",
                                otherCoordinator,
                                Map.of(
                                        "municipalityCode",
                                        "165",
                                        "interested",
                                        true,
                                        "focusAreas",
                                        List.of("faglig ledelse")))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/enrolments?municipalityCode=161", otherCoordinator)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/enrolments?programmeId=" + programme, otherCoordinator)
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
        assertThat(api.put(
                                "/api/municipalities/161/billing-profile",
                                otherCoordinator,
                                RegistrationFixtures.billingProfile(RegistrationFixtures.EAN))
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/enrolments/" + enrolment + "/alignment",
                                TestTokens.municipality("161"),
                                Map.of(
                                        "contactedOn",
                                        LocalDate.now(BusinessTime.ZONE).toString()))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void participantsAreNamedReplacedAndRemovedWithinTheLimits() {
        String programme = fixtures.publishedProgramme("PARTNERSHIP");
        String enrolment = fixtures.joined(programme, "167", List.of("faglig ledelse"));
        String token = TestTokens.municipality("167");
        String path = "/api/enrolments/" + enrolment + "/participants";

        Response first = api.post(path, token, participant("Anna Berg", "anna@kommune.dk", "SCHOOL_LEADER"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String annaId = first.json().get("id").asString();
        Response replaced =
                api.put(path + "/" + annaId, token, participant("Bo Dam", "bo@kommune.dk", "ADMINISTRATION"));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(api.post(path, token, participant("Ib Politiker", "ib@kommune.dk", "POLITICIAN"))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(path, token, participant("Ea Politiker", "ea@kommune.dk", "POLITICIAN"))
                        .status())
                .isEqualTo(201);
        Response thirdPolitician = api.post(path, token, participant("Ole Politiker", "ole@kommune.dk", "POLITICIAN"));
        assertThat(thirdPolitician.status()).isEqualTo(422);
        assertThat(thirdPolitician.json().get("rule").asString()).isEqualTo("politician-limit-reached");
        Response badEmail = api.post(path, token, participant("No Mail", "not-an-email", "OTHER"));
        assertThat(badEmail.status()).as(badEmail.body()).isEqualTo(400);
        assertThat(badEmail.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
        assertThat(api.delete(path + "/" + replaced.json().get("id").asString(), token)
                        .status())
                .isEqualTo(204);

        JsonNode participants =
                api.get("/api/enrolments/" + enrolment, token).json().get("participants");
        assertThat(participants).hasSize(2);
        assertThat(participants.get(0).get("email").asString()).isEqualTo("ib@kommune.dk");
        // Finance follows the invoicing: it sees who takes part, never their e-mail addresses
        JsonNode asFinance = api.get("/api/enrolments/" + enrolment, TestTokens.finance())
                .json()
                .get("participants");
        assertThat(asFinance).extracting(p -> p.get("name").asString()).containsExactly("Ib Politiker", "Ea Politiker");
        assertThat(asFinance)
                .allSatisfy(p -> assertThat(p.get("email").isNull()).isTrue());
        assertThat(api.get("/api/enrolments?programmeId=" + programme, TestTokens.finance())
                        .body())
                .contains("Ib Politiker")
                .doesNotContain("ib@kommune.dk", "ea@kommune.dk");
        List<ConsumerRecord<String, byte[]>> events = enrolmentEvents.await(
                r -> KafkaProbe.payload(r).contains(enrolment)
                        && KafkaProbe.header(r, "ce_type").contains("Participant"),
                6,
                Duration.ofSeconds(20));
        assertThat(events)
                .extracting(r -> KafkaProbe.header(r, "ce_type"))
                .containsExactly(
                        EventType.PARTICIPANT_REGISTERED.ceType(), EventType.PARTICIPANT_REMOVED.ceType(),
                        EventType.PARTICIPANT_REGISTERED.ceType(), EventType.PARTICIPANT_REGISTERED.ceType(),
                        EventType.PARTICIPANT_REGISTERED.ceType(), EventType.PARTICIPANT_REMOVED.ceType());
        String boId = replaced.json().get("id").asString();
        assertThat(KafkaProbe.payload(events.get(1)))
                .as("the replacement is a substitution, not a removal")
                .contains("\"replacedBy\":\"" + boId + "\"");
        assertThat(KafkaProbe.payload(events.get(2))).contains("\"replaces\":\"" + annaId + "\"");
        assertThat(KafkaProbe.payload(events.get(5))).contains("\"replacedBy\":null");
    }

    @Test
    void concurrentAdditionsNeverExceedTheParticipantLimit() throws Exception {
        String programme = fixtures.publishedProgramme("PARTNERSHIP");
        String enrolment = fixtures.joined(programme, "169", List.of("faglig ledelse"));
        String token = TestTokens.municipality("169");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Callable<Integer>> additions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            additions.add(() -> api.post(
                            "/api/enrolments/" + enrolment + "/participants",
                            token,
                            participant("Person " + n, "person" + n + "@kommune.dk", "OTHER"))
                    .status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : pool.invokeAll(additions)) {
            statuses.add(status.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(5);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(7);
        assertThat(api.get("/api/enrolments/" + enrolment, token).json().get("participants"))
                .hasSize(5);
    }

    private List<String> nonRespondentCodes(String programme) {
        JsonNode page = api.get("/api/programmes/" + programme + "/non-respondents?size=200", TestTokens.klAdmin())
                .json();
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(item -> codes.add(item.get("code").asString()));
        return codes;
    }

    /** A 400 problem whose first field error names {@code field}. */
    private static void assertRefusedForWantOf(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private static Map<String, Object> participant(String name, String email, String role) {
        return Map.of("name", name, "email", email, "role", role);
    }
}
