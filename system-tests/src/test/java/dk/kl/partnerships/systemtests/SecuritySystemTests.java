package dk.kl.partnerships.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.RSAKey;
import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.meeting.Attendance;
import dk.kl.partnerships.contracts.meeting.MeetingHeld;
import dk.kl.partnerships.contracts.meeting.MeetingKind;
import dk.kl.partnerships.contracts.registration.BillingDetails;
import dk.kl.partnerships.contracts.registration.CouncilDecision;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.security.Role;
import dk.kl.partnerships.security.test.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The platform's security as an attacker and as each kind of user meets it, with every service
 * and the gateway running and tokens from the real identity server: forged and broken tokens are
 * refused at the gateway and at each service called directly; every route answers each role —
 * nobody, another municipality's coordinator, finance, KL staff and the owning municipality's
 * coordinator — as the access rules say; request bodies cannot set what the server decides;
 * a client that floods the gateway is slowed down; and an event that lies about its subject is
 * dead-lettered. Callers the identity provider signs but the platform does not know — no platform
 * role, a coordinator without a municipality or of one that does not exist — are refused on every
 * route; a coordinator of a municipality outside the programme is answered as any other
 * municipality. Bodies, pages and dates beyond the platform's bounds are refused by every service.
 */
class SecuritySystemTests {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String OWN = "630";
    private static final String OTHER = "461";
    /** A coordinator whose municipality takes part in none of the fixture's programmes. */
    private static final String OUTSIDER = "846";

    private static final int FIVE_MB = 5 * 1024 * 1024;
    private static final List<String> NETWORK_MEMBERS = List.of(OWN, "607", "621", "615");
    private static final String NETWORK_NAME = "Trekantområdet";
    private static final Map<String, String> SERVICE_PROBES = Map.of(
            Platform.REGISTRATION, "/api/programmes",
            Platform.MEETING, "/api/meetings",
            Platform.EVALUATION, "/api/frameworks",
            Platform.BILLING, "/api/invoices",
            Platform.NOTIFICATION, "/api/notifications?status=FAILED",
            Platform.GATEWAY, "/api/programmes");

    static Platform platform;
    static Client api;
    static Scenario scenario;
    static Fixture fixture;

    /** Who calls, in the order the expected statuses of a route are written. */
    enum Who {
        NOBODY,
        OTHER_MUNICIPALITY,
        FINANCE,
        KL_STAFF,
        OWN_MUNICIPALITY;

        String token() {
            return switch (this) {
                case NOBODY -> null;
                case OTHER_MUNICIPALITY -> api.token("MUNICIPALITY", OTHER);
                case FINANCE -> api.token("FINANCE", null);
                case KL_STAFF -> api.token("KL_ADMIN", null);
                case OWN_MUNICIPALITY -> api.token("MUNICIPALITY", OWN);
            };
        }
    }

    @BeforeAll
    static void startPlatform() {
        platform = Platform.everything();
        api = new Client(platform).viaGateway();
        scenario = new Scenario(api);
        fixture = new Fixture();
    }

    @Test
    void brokenAndForgedTokensAreRefusedAtTheGatewayAndAtEveryService() throws Exception {
        RSAKey identityKey = RSAKey.parse(Files.readString(platform.signingKeyFile()));
        Supplier<TestTokens.Builder> real = () -> TestTokens.issuedBy(identityKey, platform.issuer(), Role.KL_ADMIN);
        Map<String, String> refused = TestTokens.flawed(real);

        Client direct = new Client(platform);
        for (Map.Entry<String, String> probe : SERVICE_PROBES.entrySet()) {
            Client client = probe.getKey().equals(Platform.GATEWAY) ? api : direct;
            // the same key, issuer and audience make a token every layer accepts: the refusals are for the flaw alone
            assertThat(client.get(probe.getKey(), probe.getValue(), real.get().sign())
                            .status())
                    .as("a sound token at %s", probe.getKey())
                    .isEqualTo(200);
            for (Map.Entry<String, String> token : refused.entrySet()) {
                Client.Response response = client.get(probe.getKey(), probe.getValue(), token.getValue());
                assertThat(response.status())
                        .as("%s token at %s", token.getKey(), probe.getKey())
                        .isEqualTo(401);
                assertThat(response.header("WWW-Authenticate"))
                        .as("challenge at %s", probe.getKey())
                        .isPresent();
                assertProblemWithoutInternals(response);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEachRoleAsTheAccessRulesSay() {
        return routes().stream()
                .map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
                    for (Who who : Who.values()) {
                        Call call = route.call().apply(who);
                        Client.Response response = api.send(
                                route.method(), route.service(), call.path(), who.token(), call.body(), Map.of());
                        assertThat(response.status())
                                .as("%s as %s: %s", route, who, response.body())
                                .isEqualTo(route.expected()[who.ordinal()]);
                        if (response.status() >= 400) {
                            assertProblemWithoutInternals(response);
                        }
                    }
                }));
    }

    @Test
    void theAccessMatrixCoversEveryRouteTheServicesDocument() {
        List<String> tried = routes().stream()
                .map(route -> route.name().replaceAll("\\?.*", ""))
                .toList();
        List<String> documented = new ArrayList<>();
        for (String service : List.of("registration", "meeting", "evaluation", "billing", "notification")) {
            api.get(Platform.GATEWAY, "/api-docs/" + service, null)
                    .expect(200)
                    .json()
                    .get("paths")
                    .properties()
                    .forEach(path -> path.getValue()
                            .properties()
                            .forEach(operation ->
                                    documented.add(operation.getKey().toUpperCase() + " " + path.getKey())));
        }
        assertThat(documented)
                .hasSizeGreaterThan(50)
                .allSatisfy(operation -> assertThat(tried)
                        .as("routes tried for %s", operation)
                        .anyMatch(name -> name.matches(template(operation))));
        assertThat(tried)
                .allSatisfy(name -> assertThat(documented)
                        .as("documented operation for %s", name)
                        .anyMatch(operation -> name.matches(template(operation))));
    }

    /** A documented operation, {@code GET /api/things/{id}}, as a pattern of the paths it serves. */
    private static String template(String operation) {
        return Arrays.stream(operation.split("\\{[^}]+}", -1))
                .map(Pattern::quote)
                .collect(Collectors.joining("[^/]+"));
    }

    /**
     * Tokens the identity provider's own key signs, as it would for a user the platform has no role
     * for: every route refuses them with 403, at the gateway and at the service called directly; the
     * public paths (calendar feeds) answer them as they answer anyone without a token.
     */
    @TestFactory
    Stream<DynamicTest> everyRouteRefusesACallerWithoutAPlatformRole() throws Exception {
        RSAKey identityKey = RSAKey.parse(Files.readString(platform.signingKeyFile()));
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put(
                "no platform role",
                TestTokens.issuedBy(identityKey, platform.issuer()).sign());
        refused.put(
                "a coordinator without a municipality",
                TestTokens.issuedBy(identityKey, platform.issuer(), Role.MUNICIPALITY)
                        .sign());
        refused.put(
                "a coordinator of an unofficial municipality",
                TestTokens.issuedBy(identityKey, platform.issuer(), Role.MUNICIPALITY)
                        .municipality("999")
                        .sign());
        Client direct = new Client(platform);
        return routes().stream()
                .map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
                    Call call = route.call().apply(Who.NOBODY);
                    int anonymous = route.expected()[Who.NOBODY.ordinal()];
                    int expected = anonymous == 401 ? 403 : anonymous;
                    for (Map.Entry<String, String> caller : refused.entrySet()) {
                        for (Client client : List.of(api, direct)) {
                            Client.Response response = client.send(
                                    route.method(),
                                    route.service(),
                                    call.path(),
                                    caller.getValue(),
                                    call.body(),
                                    Map.of());
                            assertThat(response.status())
                                    .as(
                                            "%s as %s %s: %s",
                                            route,
                                            caller.getKey(),
                                            client == api ? "via the gateway" : "at the service",
                                            response.body())
                                    .isEqualTo(expected);
                            assertProblemWithoutInternals(response);
                        }
                    }
                }));
    }

    /** A coordinator of a municipality outside the programme gets what any other municipality gets. */
    @TestFactory
    Stream<DynamicTest> aCoordinatorOutsideTheProgrammeIsAnsweredAsAnotherMunicipality() {
        String outsider = api.token("MUNICIPALITY", OUTSIDER);
        return routes().stream()
                .map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
                    Call call = route.call().apply(Who.OTHER_MUNICIPALITY);
                    Client.Response response =
                            api.send(route.method(), route.service(), call.path(), outsider, call.body(), Map.of());
                    assertThat(response.status())
                            .as("%s as a coordinator outside the programme: %s", route, response.body())
                            .isEqualTo(route.expected()[Who.OTHER_MUNICIPALITY.ordinal()]);
                    if (response.status() >= 400) {
                        assertProblemWithoutInternals(response);
                    }
                }));
    }

    @Test
    void aCoordinatorOutsideTheProgrammeSeesNoneOfItsMunicipalitiesData() {
        String outsider = api.token("MUNICIPALITY", OUTSIDER);
        for (String list : List.of(
                "/api/enrolments?size=200&programmeId=" + fixture.programme,
                "/api/invoices?size=200&programmeId=" + fixture.programme,
                "/api/credit-notes?size=200",
                "/api/self-evaluations?size=200&programmeId=" + fixture.programme)) {
            String service = list.startsWith("/api/enrolments")
                    ? Platform.REGISTRATION
                    : list.startsWith("/api/self") ? Platform.EVALUATION : Platform.BILLING;
            assertThat(api.get(service, list, outsider).expect(200).json().get("items"))
                    .as(list)
                    .isEmpty();
        }
        Client.Response benchmarks =
                api.get(Platform.EVALUATION, "/api/programmes/" + fixture.programme + "/benchmarks", outsider);
        assertThat(benchmarks.status()).as(benchmarks.body()).isEqualTo(404);
        assertProblemWithoutInternals(benchmarks);
    }

    @Test
    void aFiveMegabyteBodySentStraightToAServiceIsTooLarge() {
        String kl = Who.KL_STAFF.token();
        String huge = "{\"title\":\"" + "a".repeat(FIVE_MB) + "\"}";
        Client direct = new Client(platform);
        Map<String, String> writes = Map.of(
                Platform.REGISTRATION, "/api/programmes",
                Platform.MEETING, "/api/meetings",
                Platform.EVALUATION, "/api/frameworks",
                Platform.BILLING, "/api/invoices/" + fixture.invoice + "/credit-notes",
                Platform.NOTIFICATION, "/api/notifications/INVITATION:no-such-message/resend");
        long programmesBefore = total(api.get(Platform.REGISTRATION, "/api/programmes?size=1", kl));
        writes.forEach((service, path) -> {
            Client.Response response = direct.send("POST", service, path, kl, huge, Map.of());
            assertThat(response.status())
                    .as("%s %s: %.300s", service, path, response.body())
                    .isEqualTo(413);
            assertProblemWithoutInternals(response);
        });
        assertThat(total(api.get(Platform.REGISTRATION, "/api/programmes?size=1", kl)))
                .isEqualTo(programmesBefore);
    }

    @Test
    void aPageBeyondTheLastIsRefusedNamingPage() {
        String kl = Who.KL_STAFF.token();
        Client direct = new Client(platform);
        for (Client client : List.of(api, direct)) {
            assertRefusedNaming(
                    client.get(Platform.REGISTRATION, "/api/enrolments?size=200&page=2147483647", kl), "page");
            assertRefusedNaming(client.get(Platform.BILLING, "/api/invoices?page=99999999999", kl), "page");
            assertRefusedNaming(
                    client.get(Platform.NOTIFICATION, "/api/notifications?status=FAILED&page=2147483647", kl), "page");
        }
    }

    @Test
    void aProgrammeDatedFarInTheFutureIsRefusedNamingTheDate() {
        String kl = Who.KL_STAFF.token();
        long programmesBefore = total(api.get(Platform.REGISTRATION, "/api/programmes?size=1", kl));
        Map<String, Object> programme = new LinkedHashMap<>(fixture.programmeRequest());
        programme.put("endsOn", "+99999-01-01");

        assertRefusedNaming(api.post(Platform.REGISTRATION, "/api/programmes", kl, programme), "endsOn");
        assertRefusedNaming(
                new Client(platform).post(Platform.REGISTRATION, "/api/programmes", kl, programme), "endsOn");
        assertRefusedNaming(api.get(Platform.MEETING, "/api/meetings?from=%2B99999-01-01", kl), "from");
        assertThat(total(api.get(Platform.REGISTRATION, "/api/programmes?size=1", kl)))
                .isEqualTo(programmesBefore);
    }

    @Test
    void listsShowACoordinatorOnlyItsOwnMunicipalitysData() {
        String own = Who.OWN_MUNICIPALITY.token();
        String other = Who.OTHER_MUNICIPALITY.token();
        for (String list : List.of(
                "/api/enrolments?size=200",
                "/api/invoices?size=200",
                "/api/credit-notes?size=200",
                "/api/self-evaluations?size=200")) {
            String service = list.startsWith("/api/enrolments")
                    ? Platform.REGISTRATION
                    : list.startsWith("/api/self") ? Platform.EVALUATION : Platform.BILLING;
            assertThat(municipalities(api.get(service, list, own).expect(200)))
                    .as(list)
                    .containsOnly(OWN);
            assertThat(municipalities(api.get(service, list, other).expect(200)))
                    .as(list)
                    .doesNotContain(OWN);
            assertThat(municipalities(
                            api.get(service, list, Who.KL_STAFF.token()).expect(200)))
                    .as(list)
                    .contains(OWN);
        }
        JsonNode seenByOther = api.get(Platform.REGISTRATION, "/api/municipalities/" + OWN, other)
                .expect(200)
                .json();
        assertThat(seenByOther.get("name").asString()).isEqualTo("Vejle");
        assertThat(seenByOther.get("billingProfile").isNull()).isTrue();
        assertThat(api.get(Platform.REGISTRATION, "/api/municipalities/" + OWN, own)
                        .expect(200)
                        .json()
                        .at("/billingProfile/cvr")
                        .asString())
                .isEqualTo("29189900");
    }

    @Test
    void requestBodiesCannotSetOwnershipStatusOrAmounts() {
        String kl = Who.KL_STAFF.token();
        String own = Who.OWN_MUNICIPALITY.token();
        String invoice = "/api/invoices/" + fixture.invoice;
        String published = fixture.published();
        JsonNode invoiceBefore =
                api.get(Platform.BILLING, invoice, kl).expect(200).json();
        long programmesBefore = total(api.get(Platform.REGISTRATION, "/api/programmes?size=1", kl));
        long enrolmentsBefore = total(api.get(Platform.REGISTRATION, "/api/enrolments?size=1", kl));
        JsonNode selfEvaluationBefore = api.get(
                        Platform.EVALUATION, "/api/self-evaluations/" + fixture.selfEvaluation, own)
                .expect(200)
                .json();

        Map<String, Object> programme = new LinkedHashMap<>(fixture.programmeRequest());
        programme.put("status", "PUBLISHED");
        assertRefusedNaming(api.post(Platform.REGISTRATION, "/api/programmes", kl, programme), "status");

        Map<String, Object> interest = new LinkedHashMap<>(fixture.interest());
        interest.put("state", "JOINED");
        assertRefusedNaming(
                api.post(Platform.REGISTRATION, "/api/programmes/" + published + "/enrolments", own, interest),
                "state");

        Map<String, Object> participant = new LinkedHashMap<>(Fixture.participant("Maja Holm"));
        participant.put("municipalityCode", OTHER);
        assertRefusedNaming(
                api.post(
                        Platform.REGISTRATION,
                        "/api/enrolments/" + fixture.participantEnrolment + "/participants",
                        own,
                        participant),
                "municipalityCode");

        Map<String, Object> payment = new LinkedHashMap<>(Fixture.payment());
        payment.put("status", "PAID");
        assertRefusedNaming(api.post(Platform.BILLING, invoice + "/payments", Who.FINANCE.token(), payment), "status");
        Map<String, Object> inflated = new LinkedHashMap<>(Fixture.payment());
        inflated.put("grossTotal", "1.00");
        assertRefusedNaming(
                api.post(Platform.BILLING, invoice + "/payments", Who.FINANCE.token(), inflated), "grossTotal");

        assertRefusedNaming(
                api.put(
                        Platform.EVALUATION,
                        "/api/self-evaluations/" + fixture.selfEvaluation + "/answers",
                        own,
                        Map.of("answers", Map.of(), "overallScore", 5)),
                "overallScore");

        Map<String, Object> meeting = new LinkedHashMap<>(fixture.meetingRequest(fixture.nextDay()));
        meeting.put("id", "chosen-by-client");
        assertRefusedNaming(api.post(Platform.MEETING, "/api/meetings", kl, meeting), "id");

        assertThat(api.get(Platform.BILLING, invoice, kl).expect(200).json()).isEqualTo(invoiceBefore);
        assertThat(total(api.get(Platform.REGISTRATION, "/api/programmes?size=1", kl)))
                .isEqualTo(programmesBefore);
        assertThat(total(api.get(Platform.REGISTRATION, "/api/enrolments?size=1", kl)))
                .isEqualTo(enrolmentsBefore);
        assertThat(api.get(Platform.EVALUATION, "/api/self-evaluations/" + fixture.selfEvaluation, own)
                        .expect(200)
                        .json())
                .isEqualTo(selfEvaluationBefore);
    }

    @Test
    void aClientThatFloodsTheGatewayIsToldToWait() throws Exception {
        String token = api.token("MUNICIPALITY", "101");
        // Many clients' worth of requests at once, until the gateway says stop (or far beyond its limit)
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        List<Client.Response> limited = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<?>> flooders = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                flooders.add(pool.submit(() -> {
                    while (limited.isEmpty() && sent.incrementAndGet() <= Platform.GATEWAY_BURST * 25) {
                        Client.Response response = api.get(Platform.REGISTRATION, "/api/programmes?size=1", token);
                        if (response.status() == 200) {
                            ok.incrementAndGet();
                        } else {
                            limited.add(response);
                        }
                    }
                }));
            }
            for (Future<?> flooder : flooders) {
                flooder.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ok.get()).as("the burst is served").isGreaterThanOrEqualTo(Platform.GATEWAY_BURST);
        assertThat(limited).isNotEmpty().allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(429);
            assertThat(response.header("Retry-After"))
                    .hasValueSatisfying(
                            seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
            assertProblemWithoutInternals(response);
        });
        // another client is not held back by the first one's flood
        api.get(Platform.REGISTRATION, "/api/programmes?size=1", api.token("MUNICIPALITY", "147"))
                .expect(200);
    }

    @Test
    void floodsWithoutATokenOrWithBadTokensGet429BeforeAnyTokenCheck() throws Exception {
        RSAKey identityKey = RSAKey.parse(Files.readString(platform.signingKeyFile()));
        String sound = TestTokens.issuedBy(identityKey, platform.issuer(), Role.KL_ADMIN)
                .sign();
        api.get(Platform.REGISTRATION, "/api/programmes?size=1", sound).expect(200);
        Map<String, Supplier<String>> floods = new LinkedHashMap<>();
        floods.put("no token", () -> null);
        floods.put(
                "bad tokens",
                () -> TestTokens.issuedBy(identityKey, platform.issuer(), Role.KL_ADMIN)
                        .expiredAt(Instant.now().minus(Duration.ofMinutes(2)))
                        .sign());
        for (Map.Entry<String, Supplier<String>> flood : floods.entrySet()) {
            List<Client.Response> limited = flood(flood.getValue(), Platform.GATEWAY_ANONYMOUS_BURST * 25);
            assertThat(limited)
                    .as("%s: the flood is told to wait", flood.getKey())
                    .isNotEmpty()
                    .allSatisfy(response -> {
                        assertThat(response.status()).isEqualTo(429);
                        assertThat(response.header("Retry-After")).isPresent();
                        assertProblemWithoutInternals(response);
                    });
            // a token the gateway has accepted before still passes while the address is over its limit
            api.get(Platform.REGISTRATION, "/api/programmes?size=1", sound).expect(200);
            // the address recovers, so that the other tests' refusals are 401 again
            await().atMost(EVENTUALLY)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> api.get(Platform.REGISTRATION, "/api/programmes?size=1", null)
                                    .status()
                            == 401);
        }
        assertThat(metric(Platform.GATEWAY, "partnerships_gateway_rate_limited_total{", "client=\"address\""))
                .isPositive();
    }

    @Test
    void fiftyTokensUnderUnknownKeyIdsCauseAtMostTwoKeySetFetches() throws Exception {
        RSAKey identityKey = RSAKey.parse(Files.readString(platform.signingKeyFile()));
        api.get(
                        Platform.REGISTRATION,
                        "/api/programmes?size=1",
                        TestTokens.issuedBy(identityKey, platform.issuer(), Role.KL_ADMIN)
                                .sign())
                .expect(200);
        double before = metric(Platform.IDENTITY, "partnerships_identity_key_set_requests_total", "");

        for (int i = 0; i < 50; i++) {
            String probe = TestTokens.issuedBy(identityKey, platform.issuer(), Role.KL_ADMIN)
                    .underUnknownKeyId()
                    .sign();
            assertThat(api.get(Platform.REGISTRATION, "/api/programmes?size=1", probe)
                            .status())
                    .as("a token under an unknown key id")
                    .isEqualTo(401);
        }

        assertThat(metric(Platform.IDENTITY, "partnerships_identity_key_set_requests_total", "") - before)
                .as("key-set fetches for 50 unknown key ids")
                .isLessThanOrEqualTo(2);
    }

    /** Sends {@code requests} at most, from many threads, until the gateway answers other than 401. */
    private static List<Client.Response> flood(Supplier<String> token, int requests) throws Exception {
        AtomicInteger sent = new AtomicInteger();
        List<Client.Response> limited = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<?>> flooders = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                flooders.add(pool.submit(() -> {
                    while (limited.isEmpty() && sent.incrementAndGet() <= requests) {
                        Client.Response response =
                                api.get(Platform.REGISTRATION, "/api/programmes?size=1", token.get());
                        if (response.status() != 401) {
                            limited.add(response);
                        }
                    }
                }));
            }
            for (Future<?> flooder : flooders) {
                flooder.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return limited;
    }

    /** The sum of a Prometheus metric's samples whose line starts with {@code name} and contains {@code label}. */
    private static double metric(String process, String name, String label) throws Exception {
        String body = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(platform.managementUrl(process) + "/actuator/prometheus"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return body.lines()
                .filter(line -> line.startsWith(name) && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void anEventWhoseSubjectIsNotItsMunicipalityIsDeadLettered() {
        String enrolment = UUID.randomUUID().toString();
        MunicipalityJoined joined = new MunicipalityJoined(
                enrolment,
                fixture.programme,
                OTHER,
                "Odense",
                LocalDate.now(BusinessTime.ZONE),
                new CouncilDecision(LocalDate.now(BusinessTime.ZONE), "SAG-FORGED"),
                new BillingDetails(
                        Scenario.EAN,
                        "29189900",
                        "REF-" + OTHER,
                        new PostalAddress("Flakhaven 2", "5000", "Odense C", "DK"),
                        null,
                        null));
        String billingDeadLetters = Topic.deadLetterTopic(Topic.ENROLMENTS.topicName(), Platform.BILLING);
        try (EventPublisher publisher = new EventPublisher(platform.kafka());
                EventLog deadLetters = new EventLog(platform.kafka(), billingDeadLetters)) {
            publisher.publish(joined, OWN);
            assertThat(deadLetters.await(e -> e.payload().contains(enrolment), 1, EVENTUALLY))
                    .singleElement()
                    .satisfies(e -> assertThat(e.key()).isEqualTo(OWN));
        }
        assertThat(api.get(Platform.BILLING, "/api/invoices?size=200&municipalityCode=" + OTHER, Who.FINANCE.token())
                        .expect(200)
                        .body())
                .doesNotContain(enrolment);
    }

    /**
     * Every route of every service, with what each caller gets, in the order of {@link Who}: nobody,
     * another municipality's coordinator, finance, KL staff, the owning municipality's coordinator.
     * State-changing routes get a fresh resource per caller, so that one caller's success does not
     * decide the next one's answer.
     */
    private static List<Route> routes() {
        Fixture f = fixture;
        String reg = Platform.REGISTRATION;
        String mtg = Platform.MEETING;
        String evl = Platform.EVALUATION;
        String bil = Platform.BILLING;
        String ntf = Platform.NOTIFICATION;
        return List.of(
                // registration
                route("GET", reg, "/api/municipalities", "401 200 200 200 200"),
                route("GET", reg, "/api/municipalities/" + OWN, "401 200 200 200 200"),
                route(
                        "PUT",
                        reg,
                        "/api/municipalities/" + OWN + "/billing-profile",
                        Fixture.billingProfile(),
                        "401 404 404 200 200"),
                route(
                        "PUT",
                        reg,
                        "/api/municipalities/" + OWN + "/contacts",
                        Map.of(
                                "coordinator",
                                Map.of("name", "Koordinator", "email", "koordinator@kommune" + OWN + ".dk")),
                        "401 404 404 200 200"),
                route("POST", reg, "/api/programmes", f.programmeRequest(), "401 403 403 201 403"),
                route("PUT", reg, "/api/programmes/" + f.draft, f.programmeRequest(), "401 403 403 200 403"),
                route(
                        "POST",
                        reg,
                        "/api/programmes/{id}/publication",
                        who -> call("/api/programmes/" + f.draft() + "/publication"),
                        "401 403 403 200 403"),
                route(
                        "POST",
                        reg,
                        "/api/programmes/{id}/completion",
                        who -> call("/api/programmes/" + f.published() + "/completion"),
                        "401 403 403 200 403"),
                route("GET", reg, "/api/programmes", "401 200 200 200 200"),
                route("GET", reg, "/api/programmes/" + f.programme, "401 200 200 200 200"),
                route("GET", reg, "/api/programmes/" + f.programme + "/non-respondents", "401 403 403 200 403"),
                route("GET", reg, "/api/audit-log?programmeId=" + f.programme, "401 403 403 200 403"),
                route(
                        "POST",
                        reg,
                        "/api/programmes/{id}/enrolments",
                        who -> call("/api/programmes/" + f.published() + "/enrolments", f.interest()),
                        "401 404 403 201 201"),
                route("GET", reg, "/api/enrolments?municipalityCode=" + OWN, "401 404 200 200 200"),
                route("GET", reg, "/api/enrolments/" + f.enrolment, "401 404 200 200 200"),
                route(
                        "POST",
                        reg,
                        "/api/enrolments/{id}/alignment",
                        who -> call(
                                "/api/enrolments/" + f.interested() + "/alignment",
                                Map.of(
                                        "contactedOn",
                                        LocalDate.now(BusinessTime.ZONE).toString(),
                                        "note",
                                        "Ringet op")),
                        "401 403 403 200 403"),
                route(
                        "PUT",
                        reg,
                        "/api/enrolments/{id}/interest",
                        who -> call(
                                "/api/enrolments/" + f.interested() + "/interest",
                                Map.of("interested", true, "focusAreas", Scenario.FOCUS_AREAS.subList(1, 2))),
                        "401 404 403 200 200"),
                route(
                        "POST",
                        reg,
                        "/api/enrolments/{id}/approval",
                        who -> call("/api/enrolments/" + f.interested() + "/approval", Fixture.approval()),
                        "401 404 403 200 200"),
                route(
                        "POST",
                        reg,
                        "/api/enrolments/{id}/withdrawal",
                        who -> call(
                                "/api/enrolments/" + f.joined() + "/withdrawal",
                                Map.of("reason", "Byrådet har omprioriteret")),
                        "401 404 403 200 200"),
                route(
                        "POST",
                        reg,
                        "/api/enrolments/{id}/participants",
                        who -> call(
                                "/api/enrolments/" + f.participantEnrolment + "/participants",
                                Fixture.participant("Ny Deltager")),
                        "401 404 403 201 201"),
                route(
                        "PUT",
                        reg,
                        "/api/enrolments/{id}/participants/{participantId}",
                        who -> call(
                                who.ordinal() >= Who.KL_STAFF.ordinal() ? f.newParticipant() : f.participant(),
                                Fixture.participant("Afløser")),
                        "401 404 403 200 200"),
                route(
                        "DELETE",
                        reg,
                        "/api/enrolments/{id}/participants/{participantId}",
                        who -> call(who.ordinal() >= Who.KL_STAFF.ordinal() ? f.newParticipant() : f.participant()),
                        "401 404 403 204 204"),
                route(
                        "POST",
                        reg,
                        "/api/participants/{participantId}/erasure",
                        who -> call(
                                "/api/participants/"
                                        + (who == Who.KL_STAFF ? f.newParticipantId() : f.participant)
                                        + "/erasure",
                                Map.of("reason", "Kommunen har videresendt deltagerens anmodning")),
                        "401 403 403 200 403"),
                route(
                        "GET",
                        reg,
                        "/api/participants/{participantId}/personal-data",
                        who -> call("/api/participants/" + f.participant + "/personal-data"),
                        "401 404 403 200 200"),
                route("POST", reg, "/api/programmes/" + f.programme + "/network-proposals", "401 403 403 200 403"),
                route(
                        "POST",
                        reg,
                        "/api/programmes/" + f.programme + "/networks",
                        Scenario.networks(NETWORK_NAME, NETWORK_MEMBERS),
                        "401 403 403 409 403"),
                route("GET", reg, "/api/programmes/" + f.programme + "/networks", "401 200 200 200 200"),
                // KL's changes to a formed network: the fixture's changes would break the rules, so KL gets 422
                route(
                        "POST",
                        reg,
                        "/api/programmes/" + f.programme + "/networks/" + f.network + "/members",
                        Map.of("municipalityCode", OWN, "reason", "Allerede medlem"),
                        "401 403 403 422 403"),
                route(
                        "POST",
                        reg,
                        "/api/programmes/" + f.programme + "/networks/" + f.network + "/member-moves",
                        Map.of("municipalityCode", OWN, "reason", "Samme netværk"),
                        "401 403 403 422 403"),
                route(
                        "POST",
                        reg,
                        "/api/programmes/" + f.programme + "/networks/" + f.network + "/member-removals",
                        Map.of("municipalityCode", OTHER, "reason", "Ikke medlem"),
                        "401 403 403 422 403"),
                route(
                        "GET",
                        reg,
                        "/api/programmes/" + f.programme + "/networks/" + f.network + "/history",
                        "401 404 404 200 200"),
                // meeting
                route(
                        "POST",
                        mtg,
                        "/api/meetings",
                        who -> call("/api/meetings", f.meetingRequest(f.nextDay())),
                        "401 403 403 201 403"),
                route("GET", mtg, "/api/meetings?programmeId=" + f.programme, "401 200 200 200 200"),
                route("GET", mtg, "/api/meetings/" + f.meeting, "401 200 200 200 200"),
                route("PUT", mtg, "/api/meetings/" + f.meeting, f.meetingRequest(f.meetingDay), "401 403 403 200 403"),
                route(
                        "POST",
                        mtg,
                        "/api/meetings/{id}/cancellation",
                        who -> call(
                                "/api/meetings/" + (who == Who.KL_STAFF ? f.scheduled() : f.meeting) + "/cancellation",
                                Map.of("reason", "Oplægsholderen er syg")),
                        "401 403 403 200 403"),
                route(
                        "POST",
                        mtg,
                        "/api/meetings/{id}/sign-ups",
                        who -> call(
                                "/api/meetings/" + f.meeting + "/sign-ups",
                                Map.of(
                                        "participantId",
                                        who == Who.OWN_MUNICIPALITY
                                                ? f.attendees.get(0)
                                                : who == Who.KL_STAFF ? f.attendees.get(1) : f.attendees.get(2))),
                        "401 404 403 201 201"),
                // the fixture's meeting is a theme day, which takes no outside guests: KL gets 422
                route(
                        "POST",
                        mtg,
                        "/api/meetings/" + f.meeting + "/guest-sign-ups",
                        Map.of(
                                "name",
                                "Gæst fra BUPL",
                                "email",
                                "gaest@bupl.dk",
                                "organisation",
                                Map.of("name", "BUPL", "cvr", "55362417")),
                        "401 403 403 422 403"),
                route(
                        "DELETE",
                        mtg,
                        "/api/meetings/{id}/sign-ups/{signUpId}",
                        who -> call("/api/meetings/" + f.secondMeeting + "/sign-ups/"
                                + (who.ordinal() >= Who.KL_STAFF.ordinal() ? f.signedUp() : f.signUp)),
                        "401 404 403 204 204"),
                route(
                        "POST",
                        mtg,
                        "/api/meetings/" + f.meeting + "/attendance",
                        Map.of("participantIds", f.attendees.subList(0, 1)),
                        "401 403 403 422 403"),
                // the meeting is not held, so KL has no attendance to correct yet
                route(
                        "POST",
                        mtg,
                        "/api/meetings/" + f.meeting + "/attendance-corrections",
                        Map.of("participantIds", f.attendees.subList(0, 1), "reason", "Listen fra mødestedet"),
                        "401 403 403 409 403"),
                route("GET", mtg, "/api/programmes/" + f.programme + "/meeting-plan", "401 200 200 200 200"),
                // no theme day of the programme has been held in meeting-service, so nobody has a certificate
                route(
                        "GET",
                        mtg,
                        "/api/programmes/" + f.programme + "/participants/" + f.attendees.get(0) + "/certificate",
                        "401 404 403 404 404"),
                route("GET", mtg, "/api/calendars/" + OWN + ".ics", "404 404 200 200 200"),
                route("GET", mtg, "/api/calendars/networks/" + f.network + ".ics", "404 200 200 200 200"),
                route("GET", mtg, "/api/calendars/" + OWN + "/subscription", "401 404 403 200 200"),
                route("POST", mtg, "/api/calendars/" + OWN + "/revocation", "401 404 403 204 204"),
                route("GET", mtg, "/api/calendars/networks/" + f.network + "/subscription", "401 200 403 200 200"),
                route("POST", mtg, "/api/calendars/networks/" + f.network + "/revocation", "401 403 403 204 403"),
                // evaluation
                route("GET", evl, "/api/frameworks", "401 200 200 200 200"),
                route("POST", evl, "/api/frameworks", Fixture.framework(), "401 403 403 201 403"),
                route("GET", evl, "/api/frameworks/dagtilbud", "401 200 200 200 200"),
                route("GET", evl, "/api/frameworks/dagtilbud/versions/1", "401 200 200 200 200"),
                route(
                        "PUT",
                        evl,
                        "/api/frameworks/" + f.framework + "/versions/1",
                        Fixture.framework(),
                        "401 403 403 200 403"),
                route("GET", evl, "/api/self-evaluations?municipalityCode=" + OWN, "401 404 403 200 200"),
                route("GET", evl, "/api/self-evaluations/overdue", "401 403 403 200 403"),
                route("GET", evl, "/api/self-evaluations/" + f.selfEvaluation, "401 404 403 200 200"),
                route(
                        "PUT",
                        evl,
                        "/api/self-evaluations/" + f.selfEvaluation + "/answers",
                        Map.of("answers", Map.of(f.indicator, 3)),
                        "401 404 403 200 200"),
                route(
                        "POST",
                        evl,
                        "/api/self-evaluations/" + f.selfEvaluation + "/submission",
                        Map.of(),
                        "401 404 403 400 400"),
                route("GET", evl, "/api/programmes/" + f.programme + "/evaluation", "401 200 200 200 200"),
                route(
                        "PUT",
                        evl,
                        "/api/programmes/" + f.programme + "/evaluation",
                        Map.of("frameworkKey", "dagtilbud"),
                        "401 403 403 200 403"),
                route(
                        "GET",
                        evl,
                        "/api/programmes/" + f.programme + "/benchmarks?municipalityCode=" + OWN,
                        "401 404 403 200 200"),
                route(
                        "GET",
                        evl,
                        "/api/programmes/" + f.programme + "/benchmarks.svg?municipalityCode=" + OWN,
                        "401 404 403 200 200"),
                route(
                        "POST",
                        evl,
                        "/api/meetings/{id}/feedback",
                        who -> call(
                                "/api/meetings/" + f.heldMeeting + "/feedback",
                                Map.of(
                                        "participantId",
                                        who == Who.KL_STAFF ? f.attendees.get(1) : f.attendees.get(0),
                                        "score",
                                        4)),
                        "401 404 403 204 204"),
                route("GET", evl, "/api/meetings/" + f.heldMeeting + "/feedback", "401 403 403 200 403"),
                route("GET", evl, "/api/networks/" + f.network + "/feedback", "401 403 403 200 403"),
                // billing
                route("GET", bil, "/api/invoices", "401 200 200 200 200"),
                route("GET", bil, "/api/invoices?municipalityCode=" + OWN, "401 404 200 200 200"),
                route("GET", bil, "/api/invoices/" + f.invoice, "401 404 200 200 200"),
                route("GET", bil, "/api/invoices/" + f.invoice + "/ubl", "401 404 200 200 200"),
                route("GET", bil, "/api/invoices/" + f.invoice + "/pdf", "401 404 200 200 200"),
                route(
                        "POST",
                        bil,
                        "/api/invoices/" + f.invoice + "/payments",
                        Fixture.payment(),
                        "401 403 200 403 403"),
                route(
                        "POST",
                        bil,
                        "/api/invoices/{id}/credit-notes",
                        who -> call("/api/invoices/no-such-invoice/credit-notes", Map.of("reason", "Forkert EAN")),
                        "401 403 404 404 403"),
                route(
                        "POST",
                        bil,
                        "/api/invoices/{id}/reissue",
                        who -> call("/api/invoices/no-such-invoice/reissue", Map.of("reason", "Forkert EAN")),
                        "401 403 404 404 403"),
                route("GET", bil, "/api/credit-notes", "401 200 200 200 200"),
                route("GET", bil, "/api/credit-notes/" + f.creditNote, "401 404 200 200 200"),
                route("GET", bil, "/api/credit-notes/" + f.creditNote + "/ubl", "401 404 200 200 200"),
                route("GET", bil, "/api/credit-notes/" + f.creditNote + "/pdf", "401 404 200 200 200"),
                route(
                        "GET",
                        bil,
                        "/api/billing/number-audit?year="
                                + LocalDate.now(BusinessTime.ZONE).getYear(),
                        "401 403 200 200 403"),
                // notification (the unsubscribe page is for people, not part of the API)
                route("GET", ntf, "/api/notifications?status=FAILED", "401 403 403 200 403"),
                route(
                        "POST",
                        ntf,
                        "/api/notifications/{id}/resend",
                        who -> call("/api/notifications/INVITATION:no-such-message/resend", Map.of()),
                        "401 403 403 404 403"));
    }

    private static Route route(String method, String service, String path, String expected) {
        return route(method, service, path, (Object) null, expected);
    }

    private static Route route(String method, String service, String path, Object body, String expected) {
        return route(method, service, path, who -> new Call(path, body), expected);
    }

    /** A route whose path or body depends on the caller; {@code name} is the path as documentation writes it. */
    private static Route route(String method, String service, String name, Function<Who, Call> call, String expected) {
        return new Route(
                method + " " + name.replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "{id}"),
                service,
                call,
                Arrays.stream(expected.split(" ")).mapToInt(Integer::parseInt).toArray());
    }

    private static Call call(String path) {
        return new Call(path, null);
    }

    private static Call call(String path, Object body) {
        return new Call(path, body);
    }

    record Route(String name, String service, Function<Who, Call> call, int[] expected) {

        String method() {
            return name.substring(0, name.indexOf(' '));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Call(String path, Object body) {}

    private static void assertProblemWithoutInternals(Client.Response response) {
        assertThat(response.isProblem())
                .as("problem+json: %s %s", response, response.headers())
                .isTrue();
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(response.status());
        assertThat(problem.has("title")).isTrue();
        assertThat(response.body()).doesNotContain("Exception", "\tat ", ".java:", "\"trace\"");
    }

    private static void assertRefusedNaming(Client.Response response, String field) {
        response.expect(400);
        assertProblemWithoutInternals(response);
        assertThat(response.json()
                        .get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .contains(field);
    }

    private static Set<String> municipalities(Client.Response page) {
        return Set.copyOf(page.json()
                .get("items")
                .valueStream()
                .map(item -> item.get("municipalityCode").asString())
                .toList());
    }

    private static long total(Client.Response page) {
        return page.expect(200).json().get("totalItems").asLong();
    }

    /**
     * What the routes are tried on: a programme the owning municipality (and three others, but not
     * the other municipality) joined, with its network, participants, meetings, a held meeting, a
     * self-evaluation, an invoice and — from another programme it left — a credit note.
     */
    static final class Fixture {

        final String programme;
        final String enrolment;
        final String network;
        final List<String> attendees = new ArrayList<>();
        final String draft;
        final String participantEnrolment;
        final String participant;
        final LocalDateTime meetingDay;
        final String meeting;
        final String secondMeeting;
        final String signUp;
        final String heldMeeting;
        final String selfEvaluation;
        final String indicator;
        final String framework = "sikkerhedstest";
        final String invoice;
        final String creditNote;
        private final AtomicInteger days = new AtomicInteger();

        Fixture() {
            String kl = Who.KL_STAFF.token();
            String own = Who.OWN_MUNICIPALITY.token();
            programme = scenario.publishedProgramme("PARTNERSHIP", "110000.00");
            enrolment = scenario.joined(programme, NETWORK_MEMBERS).get(OWN);
            network = scenario.formNetwork(programme, NETWORK_NAME, NETWORK_MEMBERS);
            for (String name : List.of("Anna Berg", "Bo Dahl", "Carl Eriksen")) {
                attendees.add(addParticipant(enrolment, name));
            }
            draft = draft();
            participantEnrolment = joined();
            participant = addParticipant(participantEnrolment, "Dorte Fisker");

            // the other municipality has a programme of its own, which the owning one joined and left
            String otherProgramme = published();
            String othersEnrolment = scenario.interested(otherProgramme, OTHER);
            scenario.approve(othersEnrolment, OTHER).expect(200);
            String left = scenario.interested(otherProgramme, OWN);
            scenario.approve(left, OWN).expect(200);
            api.post(
                            Platform.REGISTRATION,
                            "/api/enrolments/" + left + "/withdrawal",
                            own,
                            Map.of("reason", "Byrådet har omprioriteret"))
                    .expect(200);

            meetingDay = scenario.startsOn(programme).plusWeeks(3).atTime(9, 0);
            meeting = schedule(meetingDay);
            secondMeeting = schedule(meetingDay.plusDays(1));
            signUp = signUp(secondMeeting, attendees.get(0));

            heldMeeting = UUID.randomUUID().toString();
            try (EventPublisher publisher = new EventPublisher(platform.kafka())) {
                publisher.publish(new MeetingHeld(
                        heldMeeting,
                        programme,
                        network,
                        MeetingKind.THEME_DAY,
                        "Temadag om evalueringskultur",
                        LocalDate.now(BusinessTime.ZONE),
                        null,
                        null,
                        List.of(new Attendance(OWN, attendees.subList(0, 2)))));
            }
            await().atMost(EVENTUALLY)
                    .until(() -> api.get(Platform.EVALUATION, "/api/meetings/" + heldMeeting + "/feedback", kl)
                                    .status()
                            == 200);

            selfEvaluation = enrolment + ":BASELINE";
            await().atMost(EVENTUALLY)
                    .until(() -> api.get(Platform.EVALUATION, "/api/self-evaluations/" + selfEvaluation, own)
                                    .status()
                            == 200);
            indicator = api.get(Platform.EVALUATION, "/api/frameworks/dagtilbud", kl)
                    .expect(200)
                    .json()
                    .at("/dimensions/0/indicators/0/key")
                    .asString();
            api.post(Platform.EVALUATION, "/api/frameworks", kl, framework()).expect(201);

            invoice = firstId(
                    Platform.BILLING,
                    "/api/invoices?size=200&municipalityCode=" + OWN,
                    item -> programme.equals(item.get("programmeId").asString()));
            creditNote = firstId(Platform.BILLING, "/api/credit-notes?municipalityCode=" + OWN, item -> true);
        }

        /** The id of the first item of a list that matches, once there is one. */
        private static String firstId(String service, String list, Predicate<JsonNode> matching) {
            return await().atMost(EVENTUALLY)
                    .until(
                            () -> api.get(service, list, Who.FINANCE.token())
                                    .expect(200)
                                    .json()
                                    .get("items")
                                    .valueStream()
                                    .filter(matching)
                                    .map(item -> item.get("id").asString())
                                    .findFirst()
                                    .orElse(null),
                            Objects::nonNull);
        }

        Map<String, Object> programmeRequest() {
            LocalDate approvalDeadline = LocalDate.now(BusinessTime.ZONE).plusDays(60);
            return Map.of(
                    "kind",
                    "NETWORK",
                    "title",
                    "Sikkerhedstest",
                    "startsOn",
                    approvalDeadline.plusMonths(2).toString(),
                    "endsOn",
                    approvalDeadline.plusMonths(14).toString(),
                    "price",
                    "45000.00",
                    "focusAreas",
                    Scenario.FOCUS_AREAS,
                    "interestDeadline",
                    LocalDate.now(BusinessTime.ZONE).plusDays(30).toString(),
                    "approvalDeadline",
                    approvalDeadline.toString());
        }

        String draft() {
            return api.post(Platform.REGISTRATION, "/api/programmes", Who.KL_STAFF.token(), programmeRequest())
                    .expect(201)
                    .json()
                    .get("id")
                    .asString();
        }

        String published() {
            return scenario.publishedProgramme("NETWORK", "45000.00");
        }

        Map<String, Object> interest() {
            return Map.of(
                    "municipalityCode", OWN, "interested", true, "focusAreas", Scenario.FOCUS_AREAS.subList(0, 2));
        }

        /** The owning municipality's fresh enrolment, interested in a programme of its own. */
        String interested() {
            return scenario.interested(published(), OWN);
        }

        String joined() {
            String id = interested();
            scenario.approve(id, OWN).expect(200);
            return id;
        }

        static Map<String, Object> approval() {
            return Map.of("decisionDate", LocalDate.now(BusinessTime.ZONE).toString(), "caseReference", "SAG-" + OWN);
        }

        static Map<String, Object> billingProfile() {
            return Map.of(
                    "cvr",
                    "29189900",
                    "eans",
                    List.of(Scenario.EAN),
                    "buyerReference",
                    "REF-" + OWN,
                    "address",
                    Map.of("street", "Rådhuspladsen 1", "postalCode", "7100", "city", "Vejle"));
        }

        static Map<String, Object> participant(String name) {
            return Map.of(
                    "name",
                    name,
                    "email",
                    name.toLowerCase().replace(' ', '.') + "-"
                            + UUID.randomUUID().toString().substring(0, 8) + "@vejle.dk",
                    "role",
                    "INSTITUTION_LEADER");
        }

        private String addParticipant(String enrolmentId, String name) {
            return api.post(
                            Platform.REGISTRATION,
                            "/api/enrolments/" + enrolmentId + "/participants",
                            Who.OWN_MUNICIPALITY.token(),
                            participant(name))
                    .expect(201)
                    .json()
                    .get("id")
                    .asString();
        }

        /** The path of the fixture's participant. */
        String participant() {
            return "/api/enrolments/" + participantEnrolment + "/participants/" + participant;
        }

        /** A new participant's id, of a new enrolment. */
        String newParticipantId() {
            String path = newParticipant();
            return path.substring(path.lastIndexOf('/') + 1);
        }

        /** The path of a new participant, of a new enrolment (a programme has room for only a few). */
        String newParticipant() {
            String enrolmentId = joined();
            return "/api/enrolments/" + enrolmentId + "/participants/" + addParticipant(enrolmentId, "Ny Deltager");
        }

        LocalDateTime nextDay() {
            return meetingDay.plusDays(2 + days.getAndIncrement());
        }

        Map<String, Object> meetingRequest(LocalDateTime start) {
            return Scenario.meeting(programme, network, "THEME_DAY", start, 20, null, "Vejle Rådhus", OWN);
        }

        /** Schedules a meeting once the meeting service knows the programme's network. */
        private String schedule(LocalDateTime start) {
            return createdId(
                    () -> api.post(Platform.MEETING, "/api/meetings", Who.KL_STAFF.token(), meetingRequest(start)));
        }

        String scheduled() {
            return schedule(nextDay());
        }

        /** Signs a participant up once the meeting service knows of them. */
        private String signUp(String meetingId, String participantId) {
            return createdId(() -> api.post(
                    Platform.MEETING,
                    "/api/meetings/" + meetingId + "/sign-ups",
                    Who.OWN_MUNICIPALITY.token(),
                    Map.of("participantId", participantId)));
        }

        /** The id of what a request creates, once the service knows enough to create it (201). */
        private static String createdId(Supplier<Client.Response> request) {
            return await().atMost(EVENTUALLY)
                    .until(() -> request.get(), response -> response.status() == 201)
                    .json()
                    .get("id")
                    .asString();
        }

        /** A fresh sign-up on the second meeting, of the participant not signed up there. */
        String signedUp() {
            return signUp(secondMeeting, attendees.get(1));
        }

        static Map<String, Object> payment() {
            return Map.of(
                    "amount", "1.00", "paidOn", LocalDate.now(BusinessTime.ZONE).toString(), "reference", "BANK-4711");
        }

        static Map<String, Object> framework() {
            List<String> levels =
                    List.of("Ikke påbegyndt", "Enkelte tiltag", "Delvist etableret", "Etableret", "Forankret");
            return Map.of(
                    "key",
                    "sikkerhedstest",
                    "title",
                    "Pejlemærker til sikkerhedstest",
                    "dimensions",
                    List.of(Map.of(
                            "key",
                            "ledelse",
                            "name",
                            "Ledelse",
                            "indicators",
                            List.of(Map.of("key", "ledelse-1", "text", "Ledelsen sætter retning", "levels", levels)))));
        }
    }
}
