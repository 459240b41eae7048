package dk.kl.partnerships.benchmarks;

import dk.kl.partnerships.security.OfficialMunicipalities;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The platform as {@code ./run.sh} starts it — local-stack as one process (broker, store and mail server)
 * with its larger heap and the identity server beside it, then the services at once — but on free ports and with
 * a data directory of its own, so that it runs beside anything else on the machine.
 */
final class Processes implements AutoCloseable {

    static final String LOCAL_STACK = "local-stack";
    static final String IDENTITY = "identity-server";
    static final String REGISTRATION = "registration-service";
    static final String MEETING = "meeting-service";
    static final String EVALUATION = "evaluation-service";
    static final String BILLING = "billing-service";
    static final String NOTIFICATION = "notification-service";
    static final String GATEWAY = "gateway";
    static final String WEB = "web";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Map<String, String> ROUTES = Map.of(
            REGISTRATION, "registration",
            MEETING, "meeting",
            EVALUATION, "evaluation",
            BILLING, "billing",
            NOTIFICATION, "notification",
            WEB, "web");

    private final Map<String, PlatformProcess> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final int kafkaPort = freePort();
    private final int mongoPort = freePort();
    private final int smtpPort = freePort();
    private Duration platformStartup;

    /** Less than a third of one core: the idle platform's scheduled work (relays, gauges, heartbeats) is about a sixth. */
    static final double QUIET_CPU = 0.33;

    /** How long the platform must stay below {@link #QUIET_CPU} to count as quiet. */
    static final int QUIET_SECONDS = 3;

    Processes(Settings settings) {
        Path data = settings.workDir().resolve("data");
        Path logs = settings.workDir().resolve("logs");
        int status = freePort();
        processes.put(
                LOCAL_STACK,
                new PlatformProcess(
                        LOCAL_STACK,
                        Settings.jar(LOCAL_STACK),
                        // the heap of its jvm.options, as ./run.sh gives it, unless the run names another
                        Stream.concat(
                                        settings.localStackHeap().isEmpty()
                                                ? Stream.<String>empty()
                                                : Stream.of("-Xmx" + settings.localStackHeap()),
                                        extraJvmOptions(LOCAL_STACK).stream())
                                .toList(),
                        List.of(
                                "--data-dir=" + data,
                                "--kafka-port=" + kafkaPort,
                                "--kafka-controller-port=" + freePort(),
                                "--mongo-port=" + mongoPort,
                                "--smtp-port=" + smtpPort,
                                "--imap-port=0",
                                "--status-port=" + status),
                        "http://127.0.0.1:" + status + "/ready",
                        logs));
        for (String name : settings.services()) {
            ports.put(name, freePort());
        }
        int identityPort = freePort();
        ports.put(IDENTITY, identityPort);
        String gateway = "http://127.0.0.1:" + ports.getOrDefault(GATEWAY, freePort());
        add(
                IDENTITY,
                logs,
                List.of(
                        "--partnerships.identity.key-file="
                                + data.resolve("identity").resolve("signing-key.json"),
                        "--partnerships.identity.issuer=" + issuer(),
                        // every municipality's coordinator, so that each client of the HTTP journey has its own token
                        "--partnerships.identity.coordinator-municipalities="
                                + String.join(",", Municipalities.codes()),
                        "--partnerships.identity.bff-redirect-uris=" + gateway + "/login/oauth2/code/partnerships",
                        "--partnerships.identity.bff-post-logout-redirect-uris=" + gateway + "/logget-ud"));
        for (String name : settings.services()) {
            List<String> specific = new ArrayList<>();
            switch (name) {
                case GATEWAY ->
                    ROUTES.forEach((service, route) -> specific.add("--partnerships.gateway.services." + route
                            + "=http://127.0.0.1:" + ports.getOrDefault(service, freePort())));
                case WEB -> specific.add("--partnerships.web.api-url=" + gateway);
                case NOTIFICATION ->
                    specific.addAll(List.of(
                            "--spring.mail.port=" + smtpPort,
                            "--partnerships.notifications.web-base-url=" + gateway,
                            "--partnerships.notifications.public-base-url=" + gateway));
                default -> {}
            }
            add(name, logs, specific);
        }
    }

    private void add(String name, Path logs, List<String> specific) {
        int management = freePort();
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + ports.get(name),
                "--management.server.port=" + management,
                "--spring.kafka.bootstrap-servers=" + kafka(),
                "--spring.mongodb.uri=" + mongoUri(),
                "--partnerships.security.issuer=" + issuer(),
                "--partnerships.security.jwk-set-uri=" + issuer() + "/oauth2/jwks"));
        arguments.addAll(specific);
        processes.put(
                name,
                new PlatformProcess(
                        name,
                        Settings.jar(name),
                        extraJvmOptions(name),
                        arguments,
                        "http://127.0.0.1:" + management + "/actuator/health/readiness",
                        logs));
    }

    /**
     * JVM options for one process (a service or local-stack) after those of {@code jvm.options}, which they override
     * ({@code -Dbenchmarks.jvm-args.billing-service=-XX:TieredStopAtLevel=4}): to measure a setting for
     * one service before it goes into {@code jvm.options}. None by default.
     */
    private static List<String> extraJvmOptions(String name) {
        String given = System.getProperty("benchmarks.jvm-args." + name, "").strip();
        return given.isEmpty() ? List.of() : List.of(given.split("\\s+"));
    }

    /** Starts everything in ./run.sh's order and notes how long the whole platform took to be ready. */
    void start() {
        // whatever ends this JVM (Ctrl-C on the build) also stops the platform
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "platform-stop"));
        Instant begin = Instant.now();
        try {
            // the identity server needs neither broker nor store: it starts beside local-stack, as in ./run.sh
            processes.get(LOCAL_STACK).start();
            processes.get(IDENTITY).start();
            processes.get(LOCAL_STACK).awaitReady(START_TIMEOUT);
            List<PlatformProcess> services = processes.values().stream()
                    .filter(p -> !p.name().equals(LOCAL_STACK) && !p.name().equals(IDENTITY))
                    .toList();
            services.forEach(PlatformProcess::start);
            processes.get(IDENTITY).awaitReady(START_TIMEOUT);
            services.forEach(p -> p.awaitReady(START_TIMEOUT));
        } catch (RuntimeException notStarted) {
            close();
            throw notStarted;
        }
        platformStartup = Duration.between(begin, Instant.now());
    }

    void restart(String name) {
        PlatformProcess process = processes.get(name);
        process.start();
        process.awaitReady(START_TIMEOUT);
    }

    /** Stops these processes at once (SIGTERM), and waits for all of them. */
    void stop(Collection<String> names) {
        List<PlatformProcess> stopping = names.stream()
                .map(processes::get)
                .filter(PlatformProcess::isAlive)
                .toList();
        stopping.forEach(PlatformProcess::requestStop);
        stopping.forEach(PlatformProcess::awaitStopped);
    }

    PlatformProcess process(String name) {
        return processes.get(name);
    }

    Collection<PlatformProcess> all() {
        return processes.values();
    }

    /**
     * Waits until the platform is quiet: its processes together use less than {@link #QUIET_CPU} of one
     * core in each of {@link #QUIET_SECONDS} seconds in a row, so that a measurement does not share the
     * machine with the work left from the one before it (when the journey ends, the services are still
     * consuming its events). Gives up after {@code timeout}. How long it waited.
     */
    Duration awaitQuiet(Duration timeout) {
        Instant start = Instant.now();
        Instant end = start.plus(timeout);
        Duration before = cpuTime();
        int quietSeconds = 0;
        while (quietSeconds < QUIET_SECONDS && Instant.now().isBefore(end)) {
            PlatformProcess.sleep(1000);
            Duration now = cpuTime();
            quietSeconds = now.minus(before).toMillis() < QUIET_CPU * 1000 ? quietSeconds + 1 : 0;
            before = now;
        }
        return Duration.between(start, Instant.now());
    }

    private Duration cpuTime() {
        return processes.values().stream()
                .map(p -> p.cpuTime().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    Duration platformStartup() {
        return platformStartup;
    }

    String kafka() {
        return "127.0.0.1:" + kafkaPort;
    }

    String mongoUri() {
        return "mongodb://127.0.0.1:" + mongoPort;
    }

    String issuer() {
        return baseUrl(IDENTITY);
    }

    String baseUrl(String name) {
        return "http://127.0.0.1:" + ports.get(name);
    }

    /** Stops the services at once, then the identity server, then local-stack, as ./run.sh stops them. */
    @Override
    public void close() {
        stop(processes.keySet().stream()
                .filter(name -> !name.equals(LOCAL_STACK) && !name.equals(IDENTITY))
                .toList());
        stop(List.of(IDENTITY));
        stop(List.of(LOCAL_STACK));
    }

    /**
     * A port no one listens on, below Linux's range of ephemeral ports (32768 and up), so that none of
     * the platform's many outgoing connections has taken it by the time its process starts.
     */
    static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + RANDOM.nextInt(12_000);
            if (!HANDED_OUT.add(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress("0.0.0.0", port));
                return port;
            } catch (IOException taken) {
                // someone listens there: try another
            }
        }
        throw new IllegalStateException("No free port found");
    }

    private static final Random RANDOM = new Random();
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /** The 98 municipalities, from the platform's official list: codes and names. */
    static final class Municipalities {

        private Municipalities() {}

        static List<String> codes() {
            return OfficialMunicipalities.codes();
        }

        static String name(String code) {
            return OfficialMunicipalities.find(code).orElseThrow().name();
        }
    }
}
