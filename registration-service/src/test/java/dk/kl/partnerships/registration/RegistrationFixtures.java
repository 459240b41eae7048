package dk.kl.partnerships.registration;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.security.test.TestTokens;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Requests that set the scene for registration tests, made over HTTP like a client would. */
public final class RegistrationFixtures {

    /** A valid EAN (GS1 check digit) for test billing profiles. */
    public static final String EAN = "5798000012349";

    public static final String CVR = "29189900";
    public static final List<String> FOCUS_AREAS = List.of(
            "faglig ledelse",
            "evalueringskultur",
            "tværprofessionelt samarbejde",
            "forældreinvolvering",
            "digitalt understøttet læring",
            "mål, dokumentation og data");

    private final ApiClient api;

    public RegistrationFixtures(ApiClient api) {
        this.api = api;
    }

    public static Map<String, Object> programme(String kind, LocalDate interestDeadline, LocalDate approvalDeadline) {
        return Map.of(
                "kind",
                kind,
                "title",
                "Partnerskab om kvalitet i dagtilbud",
                "theme",
                "Dagtilbud",
                "startsOn",
                approvalDeadline.plusMonths(2).toString(),
                "endsOn",
                approvalDeadline.plusMonths(26).toString(),
                "price",
                kind.equals("NETWORK") ? "45000.00" : "110000.00",
                "focusAreas",
                FOCUS_AREAS,
                "interestDeadline",
                interestDeadline.toString(),
                "approvalDeadline",
                approvalDeadline.toString());
    }

    /** A published programme whose deadlines are still ahead. */
    public String publishedProgramme(String kind) {
        return publishedProgramme(programme(
                kind,
                LocalDate.now(BusinessTime.ZONE).plusDays(30),
                LocalDate.now(BusinessTime.ZONE).plusDays(60)));
    }

    public String publishedProgramme(Map<String, Object> terms) {
        Response created = api.post("/api/programmes", TestTokens.klAdmin(), terms);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Response published = api.post("/api/programmes/" + id + "/publication", TestTokens.klAdmin(), "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    public static Map<String, Object> billingProfile(String ean) {
        return Map.of(
                "cvr",
                CVR,
                "eans",
                List.of(ean),
                "buyerReference",
                "BUV-4711",
                "address",
                Map.of("street", "Skolegade 1", "postalCode", "7100", "city", "Vejle"));
    }

    public void giveBillingProfile(String municipalityCode) {
        Response response = api.put(
                "/api/municipalities/" + municipalityCode + "/billing-profile",
                TestTokens.municipality(municipalityCode),
                billingProfile(EAN));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    public Response declare(String programmeId, String municipalityCode, boolean interested, List<String> focusAreas) {
        return api.post(
                "/api/programmes/" + programmeId + "/enrolments",
                TestTokens.municipality(municipalityCode),
                Map.of("municipalityCode", municipalityCode, "interested", interested, "focusAreas", focusAreas));
    }

    public String interested(String programmeId, String municipalityCode, List<String> focusAreas) {
        Response response = declare(programmeId, municipalityCode, true, focusAreas);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    public Response approve(String enrolmentId, String municipalityCode) {
        return api.post(
                "/api/enrolments/" + enrolmentId + "/approval",
                TestTokens.municipality(municipalityCode),
                Map.of(
                        "decisionDate",
                        LocalDate.now(BusinessTime.ZONE).minusDays(1).toString(),
                        "caseReference",
                        "26/" + municipalityCode));
    }

    /** Interest, billing profile and council approval: the municipality has joined. */
    public String joined(String programmeId, String municipalityCode, List<String> focusAreas) {
        giveBillingProfile(municipalityCode);
        String enrolmentId = interested(programmeId, municipalityCode, focusAreas);
        Response approved = approve(enrolmentId, municipalityCode);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return enrolmentId;
    }
}
