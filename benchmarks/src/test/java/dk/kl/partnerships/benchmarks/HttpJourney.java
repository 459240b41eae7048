package dk.kl.partnerships.benchmarks;

import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.security.test.SignIn;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The coordinators' journey over HTTP through the gateway, many at once, each with a token of its own
 * (signed in as a browser would), so that the gateway's per-client rate limit applies as in real use:
 * the billing profile, the declaration of interest, the council's approval, then polling the invoices
 * until the programme's invoice is visible. And the gateway against direct calls to the service for one
 * read and one write.
 */
final class HttpJourney {

    private static final List<String> FOCUS_AREAS = List.of("faglig ledelse", "evalueringskultur");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** How long a journey waits for its invoice before it counts as not completed. */
    private static final Duration INVOICE_TIMEOUT = Duration.ofMinutes(2);

    private final Processes platform;
    private final Duration quietTimeout;
    private final String gateway;
    private final String registration;
    private final String klToken;
    private final List<String> codes;
    private final List<String> tokens = new ArrayList<>();

    HttpJourney(Processes platform, int clients, Duration quietTimeout) {
        this.platform = platform;
        this.quietTimeout = quietTimeout;
        this.gateway = platform.baseUrl(Processes.GATEWAY);
        this.registration = platform.baseUrl(Processes.REGISTRATION);
        SignIn signIn = new SignIn(platform.issuer(), "partnerships-web", "http://127.0.0.1:3000/callback");
        this.klToken = signIn.person("kl-admin", "demo");
        this.codes = Processes.Municipalities.codes().subList(0, Math.min(clients, 98));
        for (String code : codes) {
            tokens.add(signIn.person("koordinator-" + code, "demo"));
        }
    }

    record JourneyResult(int clients, int journeys, int completed, double perSecond, long p50, long p99) {}

    record Comparison(
            String request,
            double gatewayPerSecond,
            double directPerSecond,
            long gatewayP50,
            long directP50,
            long gatewayP99,
            long directP99,
            int refused) {}

    /** Every client's journey into each of {@code programmes} new programmes, all clients at once. */
    JourneyResult journeys(int programmes) throws Exception {
        HttpClient kl = client();
        List<String> programmeIds = new ArrayList<>();
        for (int i = 0; i < programmes; i++) {
            programmeIds.add(publishedProgramme(kl));
        }
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(codes.size());
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < codes.size(); c++) {
                String code = codes.get(c);
                String token = tokens.get(c);
                running.add(pool.submit(() -> {
                    HttpClient http = client();
                    for (String programme : programmeIds) {
                        long begin = System.nanoTime();
                        if (journey(http, code, token, programme)) {
                            latencies.add((System.nanoTime() - begin) / 1_000_000);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new JourneyResult(
                codes.size(),
                codes.size() * programmes,
                latencies.count(),
                latencies.count() / seconds,
                latencies.p50(),
                latencies.p99());
    }

    private boolean journey(HttpClient http, String code, String token, String programme) throws Exception {
        expect(
                send(
                        http,
                        "PUT",
                        gateway,
                        "/api/municipalities/" + code + "/billing-profile",
                        token,
                        billingProfile(code)),
                200);
        String enrolment = Events.JSON
                .readTree(expect(
                        send(
                                http,
                                "POST",
                                gateway,
                                "/api/programmes/" + programme + "/enrolments",
                                token,
                                Map.of("municipalityCode", code, "interested", true, "focusAreas", FOCUS_AREAS)),
                        201))
                .get("id")
                .asString();
        expect(
                send(
                        http,
                        "POST",
                        gateway,
                        "/api/enrolments/" + enrolment + "/approval",
                        token,
                        Map.of(
                                "decisionDate",
                                LocalDate.now(BusinessTime.ZONE).toString(),
                                "caseReference",
                                "SAG-" + code)),
                200);
        long end = System.nanoTime() + INVOICE_TIMEOUT.toNanos();
        while (System.nanoTime() < end) {
            HttpResponse<String> invoices = send(
                    http,
                    "GET",
                    gateway,
                    "/api/invoices?municipalityCode=" + code + "&programmeId=" + programme,
                    token,
                    null);
            if (invoices.statusCode() == 200
                    && Events.JSON.readTree(invoices.body()).path("totalItems").asLong() > 0) {
                return true;
            }
            PlatformProcess.sleep(100);
        }
        return false;
    }

    /**
     * The same request for {@code duration} from {@code connections} clients at once, through the gateway
     * and then directly to the service, each run on a quiet platform; each request with the next
     * client's token.
     */
    Comparison compare(String label, String method, String programme, int connections, Duration duration)
            throws Exception {
        Measured viaGateway = load(gateway, method, programme, connections, duration);
        Measured direct = load(registration, method, programme, connections, duration);
        return new Comparison(
                label,
                viaGateway.perSecond,
                direct.perSecond,
                viaGateway.latencies.p50(),
                direct.latencies.p50(),
                viaGateway.latencies.p99(),
                direct.latencies.p99(),
                viaGateway.refused + direct.refused);
    }

    private record Measured(double perSecond, Latencies latencies, int refused) {}

    private Measured load(String base, String method, String programme, int connections, Duration duration)
            throws Exception {
        Duration waited = platform.awaitQuiet(quietTimeout);
        PlatformBenchmarks.step(
                method + " " + base + " after " + waited.toSeconds() + " s waiting for a quiet platform");
        Latencies latencies = new Latencies();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                running.add(pool.submit(() -> {
                    HttpClient http = client();
                    while (System.nanoTime() < end) {
                        int client = Math.floorMod(next.getAndIncrement(), codes.size());
                        String code = codes.get(client);
                        long begin = System.nanoTime();
                        HttpResponse<String> response = method.equals("GET")
                                ? send(http, "GET", base, "/api/programmes/" + programme, tokens.get(client), null)
                                : send(
                                        http,
                                        "PUT",
                                        base,
                                        "/api/municipalities/" + code + "/billing-profile",
                                        tokens.get(client),
                                        billingProfile(code));
                        if (response.statusCode() == 200) {
                            latencies.add((System.nanoTime() - begin) / 1_000_000);
                            done.incrementAndGet();
                        } else {
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Measured(done.get() / ((System.nanoTime() - start) / 1e9), latencies, refused.get());
    }

    /** A network programme KL creates and publishes through the gateway; its id. */
    String publishedProgramme(HttpClient http) throws Exception {
        LocalDate approval = LocalDate.now(BusinessTime.ZONE).plusDays(60);
        String id = Events.JSON
                .readTree(expect(
                        send(
                                http,
                                "POST",
                                gateway,
                                "/api/programmes",
                                klToken,
                                Map.of(
                                        "kind",
                                        "NETWORK",
                                        "title",
                                        "Benchmark network",
                                        "startsOn",
                                        approval.plusMonths(2).toString(),
                                        "endsOn",
                                        approval.plusMonths(14).toString(),
                                        "price",
                                        "45000.00",
                                        "focusAreas",
                                        FOCUS_AREAS,
                                        "interestDeadline",
                                        approval.minusDays(30).toString(),
                                        "approvalDeadline",
                                        approval.toString())),
                        201))
                .get("id")
                .asString();
        expect(send(http, "POST", gateway, "/api/programmes/" + id + "/publication", klToken, Map.of()), 200);
        return id;
    }

    static Map<String, Object> billingProfile(String code) {
        return Map.of(
                "cvr",
                "29189900",
                "eans",
                List.of(Events.EAN),
                "buyerReference",
                "REF-" + code,
                "address",
                Map.of("street", "Rådhuspladsen 1", "postalCode", "7100", "city", "Vejle"));
    }

    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    static HttpResponse<String> send(
            HttpClient http, String method, String base, String path, String token, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(Events.JSON.writeValueAsString(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(
                    "Expected " + status + " from " + response.request().method() + " "
                            + response.request().uri() + " but got " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
