package dk.kl.partnerships.systemtests;

import dk.kl.partnerships.security.OfficialMunicipalities;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole platform as separate OS processes from the built jars, as {@code ./run.sh} starts it:
 * local-stack's Kafka broker and MongoDB store (each a process of its own, so either can fail
 * alone), the identity server, the services asked for — a service named twice runs as two
 * instances — and, if asked for, the gateway in front of them (routing to each service's first
 * instance) and the web client behind it, on free ports with a data directory of its own.
 */
final class Platform implements AutoCloseable {

    static final String REGISTRATION = "registration-service";
    static final String MEETING = "meeting-service";
    static final String EVALUATION = "evaluation-service";
    static final String BILLING = "billing-service";
    static final String NOTIFICATION = "notification-service";
    static final String GATEWAY = "gateway";
    static final String IDENTITY = "identity-server";
    static final String WEB = "web";
    /** local-stack's Kafka broker, a process of its own. */
    static final String KAFKA = "kafka";
    /** local-stack's MongoDB wire-protocol store, a process of its own. */
    static final String STORE = "mongodb";
    /** local-stack's development mail server, a process of its own. */
    static final String MAIL = "mail";

    static final int GATEWAY_BURST = 200;
    /**
     * Per address, for requests without a valid token: the tests send many from one address (the access
     * matrix's callers without a token), so this is larger than production's, but a flood still exceeds it.
     */
    static final int GATEWAY_ANONYMOUS_BURST = 200;
    /** How long a process may take to become ready; a machine under load may set more (an ISO-8601 duration). */
    private static final Duration START_TIMEOUT =
            Duration.parse(System.getProperty("partnerships.system-test.start-timeout", "PT3M"));

    private static final Map<String, String> GATEWAY_ROUTES = Map.of(
            REGISTRATION,
            "registration",
            MEETING,
            "meeting",
            EVALUATION,
            "evaluation",
            BILLING,
            "billing",
            NOTIFICATION,
            "notification");

    private final Path data;
    private final Path logs;
    private final int kafkaPort = freePort();
    private final int mongoPort = freePort();
    private final int identityPort = freePort();
    private final int gatewayPort = freePort();
    private final int webPort = freePort();
    private final int smtpPort = freePort();
    private final int imapPort = freePort();
    /** Every process by name, infrastructure first; a service's instances are name, name-2, ... */
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();

    private final Map<String, List<String>> instances = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();

    private Platform(Path data, List<String> serviceNames) {
        this.data = data;
        this.logs = Path.of(System.getProperty("partnerships.system-test.logs", "target/system-test-logs"))
                .resolve(data.getFileName().toString());
        infrastructure(KAFKA, List.of("--kafka-port=" + kafkaPort, "--kafka-controller-port=" + freePort()));
        infrastructure(STORE, List.of("--mongo-port=" + mongoPort));
        infrastructure(MAIL, List.of("--smtp-port=" + smtpPort, "--imap-port=" + imapPort));
        add(
                IDENTITY,
                process(
                        IDENTITY,
                        identityPort,
                        List.of(
                                "--partnerships.identity.issuer=" + issuer(),
                                "--partnerships.identity.key-file=" + signingKeyFile(),
                                "--partnerships.identity.coordinator-municipalities="
                                        + String.join(",", Municipalities.codes()),
                                // the web client signs people in through the gateway's address
                                "--partnerships.identity.bff-redirect-uris=http://127.0.0.1:" + gatewayPort
                                        + "/login/oauth2/code/partnerships",
                                "--partnerships.identity.bff-post-logout-redirect-uris=http://127.0.0.1:" + gatewayPort
                                        + "/logget-ud")));
        for (String name : serviceNames) {
            if (!name.equals(GATEWAY) && !name.equals(WEB)) {
                String instance = instanceName(name);
                int port = freePort();
                ports.put(instance, port);
                List<String> arguments = serviceArguments();
                if (name.equals(NOTIFICATION)) {
                    arguments.addAll(List.of(
                            "--spring.mail.port=" + smtpPort,
                            "--partnerships.notifications.web-base-url=http://127.0.0.1:" + gatewayPort,
                            "--partnerships.notifications.public-base-url=http://127.0.0.1:" + gatewayPort,
                            "--partnerships.notifications.poll-interval=200ms",
                            "--partnerships.notifications.messages-per-second=50"));
                }
                if (name.equals(MEETING)) {
                    // a test can hold one theme day while it runs; the rule of four is tested in meeting-service
                    arguments.add("--partnerships.certificates.minimum-theme-days=1");
                }
                add(name, process(instance, port, arguments));
            }
        }
        if (serviceNames.contains(GATEWAY)) {
            int port = gatewayPort;
            ports.put(GATEWAY, port);
            List<String> routes = new ArrayList<>(GATEWAY_ROUTES.entrySet().stream()
                    .map(route -> "--partnerships.gateway.services." + route.getValue() + "="
                            + (ports.containsKey(route.getKey())
                                    ? baseUrl(route.getKey())
                                    : "http://127.0.0.1:" + freePort()))
                    .toList());
            // Tests make many requests quickly; the security suite checks the limit itself.
            routes.add("--partnerships.gateway.rate-limit.burst=" + GATEWAY_BURST);
            routes.add("--partnerships.gateway.rate-limit.requests-per-second=50");
            routes.add("--partnerships.gateway.rate-limit.anonymous.burst=" + GATEWAY_ANONYMOUS_BURST);
            routes.add("--partnerships.gateway.rate-limit.anonymous.requests-per-second=50");
            routes.add("--partnerships.gateway.services.web=http://127.0.0.1:" + webPort);
            add(GATEWAY, process(GATEWAY, port, routes));
        }
        if (serviceNames.contains(WEB)) {
            ports.put(WEB, webPort);
            add(WEB, process(WEB, webPort, List.of("--partnerships.web.api-url=http://127.0.0.1:" + gatewayPort)));
        }
    }

    /** What every service instance is started with: the broker, the store, and short intervals for tests. */
    private List<String> serviceArguments() {
        return new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=127.0.0.1:" + kafkaPort,
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + mongoPort,
                "--partnerships.outbox.poll-interval=200ms",
                "--partnerships.outbox.max-back-off=2s",
                // a killed relay's lease passes to the other instance within seconds
                "--partnerships.outbox.send-timeout=5s",
                "--partnerships.outbox.lease-time=8s",
                "--partnerships.messaging.max-back-off=2s",
                "--partnerships.metrics.state-refresh=1s"));
    }

    /**
     * Starts one more instance of a service (not behind the gateway) with settings of its own on top
     * of the usual ones, and waits until it is ready; its instance name, for {@link #baseUrl}. Remove
     * it with {@link #removeInstance} so that the platform is as before.
     */
    synchronized String startInstance(String service, String... settings) {
        String instance = service + "-" + (instances.get(service).size() + 1);
        ports.put(instance, freePort());
        List<String> arguments = serviceArguments();
        arguments.addAll(List.of(settings));
        add(service, process(instance, ports.get(instance), arguments));
        processes.get(instance).start();
        awaitReady(instance);
        return instance;
    }

    /** Stops an instance {@link #startInstance} started and forgets it. */
    synchronized void removeInstance(String service, String instance) {
        ServiceProcess process = processes.remove(instance);
        process.stop();
        instances.get(service).remove(instance);
        ports.remove(instance);
        managementPorts.remove(instance);
    }

    /** One of local-stack's components as a process of its own, with a status endpoint of its own. */
    private void infrastructure(String component, List<String> options) {
        int statusPort = freePort();
        List<String> arguments = new ArrayList<>(List.of(
                "--components=" + component, "--data-dir=" + data.resolve(component), "--status-port=" + statusPort));
        arguments.addAll(options);
        add(
                component,
                new ServiceProcess(
                        component,
                        jar("local-stack"),
                        // the store and the broker hold more than a service does
                        List.of("-Xmx384m"),
                        arguments,
                        "http://127.0.0.1:" + statusPort + "/ready",
                        logs));
    }

    private String instanceName(String service) {
        int existing = instances.getOrDefault(service, List.of()).size();
        return existing == 0 ? service : service + "-" + (existing + 1);
    }

    private void add(String service, ServiceProcess process) {
        processes.put(process.name(), process);
        instances.computeIfAbsent(service, name -> new ArrayList<>()).add(process.name());
    }

    private ServiceProcess process(String name, int port, List<String> specific) {
        int management = freePort();
        managementPorts.put(name, management);
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--management.server.port=" + management,
                "--partnerships.security.issuer=" + issuer(),
                "--partnerships.security.jwk-set-uri=" + issuer() + "/oauth2/jwks"));
        arguments.addAll(specific);
        return new ServiceProcess(
                name,
                jar(name.replaceFirst("-\\d+$", "")),
                arguments,
                "http://127.0.0.1:" + management + "/actuator/health/readiness",
                logs);
    }

    private static Platform everything;

    /**
     * Every service behind the gateway, billing-service and meeting-service as two instances each, and
     * the web client, started once for all the test classes that use the platform as its clients do — and for the
     * fault tests, which leave it whole again — and stopped when the test JVM exits.
     */
    static synchronized Platform everything() {
        if (everything == null) {
            everything =
                    start(REGISTRATION, MEETING, MEETING, EVALUATION, BILLING, BILLING, NOTIFICATION, GATEWAY, WEB);
            Runtime.getRuntime().addShutdownHook(new Thread(everything::close, "platform-stop"));
        }
        return everything;
    }

    /** The platform with these services; a service named twice runs as two instances. */
    static Platform start(String... serviceNames) {
        try {
            Platform platform = new Platform(Files.createTempDirectory("platform-"), List.of(serviceNames));
            try {
                List<ServiceProcess> infrastructure = List.of(
                        platform.processes.get(KAFKA),
                        platform.processes.get(STORE),
                        platform.processes.get(MAIL),
                        platform.processes.get(IDENTITY));
                infrastructure.forEach(ServiceProcess::start);
                infrastructure.forEach(process -> process.awaitReady(START_TIMEOUT));
                List<ServiceProcess> services = platform.processes.values().stream()
                        .filter(process -> !infrastructure.contains(process))
                        .toList();
                services.forEach(ServiceProcess::start);
                services.forEach(service -> service.awaitReady(START_TIMEOUT));
                return platform;
            } catch (RuntimeException notStarted) {
                // a platform that did not come up stops whatever of it did, rather than run on beside the next
                platform.close();
                throw notStarted;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String kafka() {
        return "127.0.0.1:" + kafkaPort;
    }

    /** The MongoDB store every service keeps its database in. */
    String storeUri() {
        return "mongodb://127.0.0.1:" + mongoPort;
    }

    /** The development mail server's IMAP port: each recipient's mail, user name = address. */
    int imapPort() {
        return imapPort;
    }

    String issuer() {
        return "http://127.0.0.1:" + identityPort;
    }

    /** The identity server's private signing key, for tests that forge tokens it never issued. */
    Path signingKeyFile() {
        return data.resolve("identity").resolve("signing-key.json");
    }

    /** The service's (first instance's) API. */
    String baseUrl(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /** Where the service's (first instance's) health and metrics are: its management port, apart from the API. */
    String managementUrl(String service) {
        return "http://127.0.0.1:" + managementPorts.get(service);
    }

    /** The processes of a service, first instance first; their names are what the other methods take. */
    List<String> instances(String service) {
        return Collections.unmodifiableList(instances.get(service));
    }

    ServiceProcess service(String name) {
        return processes.get(name);
    }

    /** Kills a process — a service's first instance, or by its instance name another — with SIGKILL, as a crash would. */
    void kill(String name) {
        processes.get(name).kill();
    }

    void restart(String name) {
        startProcess(name);
        awaitReady(name);
    }

    /** Starts a stopped process again without waiting for it, so several can come back at once. */
    void startProcess(String name) {
        processes.get(name).start();
    }

    void awaitReady(String name) {
        processes.get(name).awaitReady(START_TIMEOUT);
    }

    /** Waits until every process is running and ready, so that a test starts on a whole platform. */
    void awaitWhole() {
        processes.values().forEach(process -> process.awaitReady(START_TIMEOUT));
    }

    @Override
    public void close() {
        List<ServiceProcess> all = new ArrayList<>(processes.values());
        Collections.reverse(all);
        all.forEach(ServiceProcess::stop);
    }

    private static Path jar(String module) {
        String jar = System.getProperty("partnerships.jar." + module);
        if (jar == null) {
            throw new IllegalStateException(
                    "System property partnerships.jar." + module + " is not set; run through Maven");
        }
        return Path.of(jar);
    }

    /**
     * A port no one listens on, below Linux's range of ephemeral ports (32768 and up). A port the
     * system hands out itself ({@code new ServerSocket(0)}) comes from that range, so by the time its
     * process starts, one of the many outgoing connections of the platform may have taken it.
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
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Random RANDOM = new Random();
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /** The 98 municipalities' codes, from the platform's official list. */
    static final class Municipalities {

        private Municipalities() {}

        static List<String> codes() {
            return OfficialMunicipalities.codes();
        }
    }
}
