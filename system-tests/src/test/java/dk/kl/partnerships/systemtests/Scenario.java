package dk.kl.partnerships.systemtests;

import dk.kl.partnerships.kit.domain.BusinessTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The requests a KL programme owner and municipal coordinators make, over HTTP. */
final class Scenario {

    static final String EAN = "5798000012349";
    static final List<String> FOCUS_AREAS = List.of("faglig ledelse", "evalueringskultur", "forældreinvolvering");

    private final Client client;
    private final String klToken;

    Scenario(Client client) {
        this.client = client;
        this.klToken = client.token("KL_ADMIN", null);
    }

    String klToken() {
        return klToken;
    }

    String publishedProgramme(String kind, String price) {
        return publishedProgramme(
                kind,
                price,
                "System test " + kind.toLowerCase(),
                LocalDate.now(BusinessTime.ZONE).plusDays(60));
    }

    /** A published programme starting two months after the approval deadline; interest is due in 30 days. */
    String publishedProgramme(String kind, String price, String title, LocalDate approvalDeadline) {
        return publishedProgramme(
                kind, price, title, LocalDate.now(BusinessTime.ZONE).plusDays(30), approvalDeadline);
    }

    /** A published programme with the given deadlines, starting two months after the approval deadline. */
    String publishedProgramme(
            String kind, String price, String title, LocalDate interestDeadline, LocalDate approvalDeadline) {
        return publishedProgramme(
                kind, price, title, interestDeadline, approvalDeadline, approvalDeadline.plusMonths(2));
    }

    /**
     * A published programme that starts today, so that its meetings can be held while a test runs;
     * interest is due in 30 days, approval in 60.
     */
    String programmeUnderWay(String kind, String price, String title) {
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        return publishedProgramme(kind, price, title, today.plusDays(30), today.plusDays(60), today);
    }

    private String publishedProgramme(
            String kind,
            String price,
            String title,
            LocalDate interestDeadline,
            LocalDate approvalDeadline,
            LocalDate startsOn) {
        String id = client.post(
                        Platform.REGISTRATION,
                        "/api/programmes",
                        klToken,
                        Map.of(
                                "kind",
                                kind,
                                "title",
                                title,
                                "startsOn",
                                startsOn.toString(),
                                "endsOn",
                                startsOn.plusMonths(12).toString(),
                                "price",
                                price,
                                "focusAreas",
                                FOCUS_AREAS,
                                "interestDeadline",
                                interestDeadline.toString(),
                                "approvalDeadline",
                                approvalDeadline.toString()))
                .expect(201)
                .json()
                .get("id")
                .asString();
        client.post(Platform.REGISTRATION, "/api/programmes/" + id + "/publication", klToken, Map.of())
                .expect(200);
        return id;
    }

    /** Billing profile and declaration of interest: ready for the council's approval. */
    /** The day a programme starts, as registration has it: its meetings fall on or after it. */
    LocalDate startsOn(String programmeId) {
        return LocalDate.parse(client.get(Platform.REGISTRATION, "/api/programmes/" + programmeId, klToken)
                .expect(200)
                .json()
                .get("startsOn")
                .asString());
    }

    String interested(String programmeId, String code) {
        String token = giveBillingProfile(code);
        return client.post(
                        Platform.REGISTRATION, "/api/programmes/" + programmeId + "/enrolments", token, interest(code))
                .expect(201)
                .json()
                .get("id")
                .asString();
    }

    /** The coordinator enters the municipality's billing profile; the coordinator's token. */
    String giveBillingProfile(String code) {
        String token = client.token("MUNICIPALITY", code);
        client.put(
                        Platform.REGISTRATION,
                        "/api/municipalities/" + code + "/billing-profile",
                        token,
                        billingProfile(code))
                .expect(200);
        return token;
    }

    /** The municipality's billing profile, as its coordinator enters it. */
    static Map<String, Object> billingProfile(String code) {
        return Map.of(
                "cvr",
                "29189900",
                "eans",
                List.of(EAN),
                "buyerReference",
                "REF-" + code,
                "address",
                Map.of("street", "Rådhuspladsen 1", "postalCode", "7100", "city", "Vejle"));
    }

    /** A yes to a programme, with two focus areas. */
    static Map<String, Object> interest(String code) {
        return Map.of("municipalityCode", code, "interested", true, "focusAreas", FOCUS_AREAS.subList(0, 2));
    }

    /** The council's approval, recorded today. */
    static Map<String, Object> approval(String code) {
        return Map.of("decisionDate", LocalDate.now(BusinessTime.ZONE).toString(), "caseReference", "SAG-" + code);
    }

    /** Interest and the council's approval: the municipality has joined; its enrolment's id. */
    String joined(String programmeId, String code) {
        String enrolment = interested(programmeId, code);
        approve(enrolment, code).expect(200);
        return enrolment;
    }

    /** The enrolments of the municipalities joining, by municipality code. */
    Map<String, String> joined(String programmeId, List<String> codes) {
        Map<String, String> enrolments = new LinkedHashMap<>();
        codes.forEach(code -> enrolments.put(code, joined(programmeId, code)));
        return enrolments;
    }

    static Map<String, Object> networks(String name, List<String> codes) {
        return Map.of(
                "networks",
                List.of(Map.of("name", name, "municipalityCodes", codes, "focusAreas", FOCUS_AREAS.subList(0, 1))));
    }

    /** KL forms one network of the municipalities; its id. */
    String formNetwork(String programmeId, String name, List<String> codes) {
        return client.post(
                        Platform.REGISTRATION,
                        "/api/programmes/" + programmeId + "/networks",
                        klToken,
                        networks(name, codes))
                .expect(201)
                .json()
                .at("/networks/0/id")
                .asString();
    }

    /** A meeting of six hours at a municipality's town hall; no network and no fee where null. */
    static Map<String, Object> meeting(
            String programmeId,
            String networkId,
            String kind,
            LocalDateTime start,
            int capacity,
            String fee,
            String townHall,
            String municipalityCode) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("programmeId", programmeId);
        request.put("networkId", networkId);
        request.put("kind", kind);
        request.put("title", kind.equals("THEME_DAY") ? "Temadag om faglig ledelse" : "Konference om dagtilbud");
        request.put("startsAt", start.toString());
        request.put("endsAt", start.plusHours(6).toString());
        request.put(
                "venue",
                Map.of(
                        "name",
                        townHall,
                        "address",
                        "Rådhuset, kommune " + municipalityCode,
                        "municipalityCode",
                        municipalityCode));
        request.put("capacity", capacity);
        request.put("feePerParticipant", fee);
        return request;
    }

    Client.Response approve(String enrolmentId, String code) {
        return client.post(
                Platform.REGISTRATION,
                "/api/enrolments/" + enrolmentId + "/approval",
                client.token("MUNICIPALITY", code),
                approval(code));
    }
}
