package dk.kl.partnerships.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform as separate OS processes from the built jars — local-stack first, then every
 * service — on free ports with a data directory of its own, as {@code ./run.sh} starts it.
 */
final class Platform implements AutoCloseable {

    static final String REGISTRATION = "registration-service";
    static final String MEETING = "meeting-service";
    static final String EVALUATION = "evaluation-service";
    static final String BILLING = "billing-service";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path data;
    private final int statusPort = freePort();
    private final int kafkaPort = freePort();
    private final ServiceProcess localStack;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();

    private Platform(Path data, List<String> serviceNames) {
        this.data = data;
        Path logs = Path.of(System.getProperty("partnerships.system-test.logs", "target/system-test-logs"))
                .resolve(data.getFileName().toString());
        int mongoPort = freePort();
        localStack = new ServiceProcess("local-stack", jar("local-stack"), List.of("--data-dir=" + data,
                "--kafka-port=" + kafkaPort, "--kafka-controller-port=" + freePort(), "--mongo-port=" + mongoPort,
                "--status-port=" + statusPort), "http://127.0.0.1:" + statusPort + "/ready", logs);
        for (String name : serviceNames) {
            int port = freePort();
            ports.put(name, port);
            services.put(name, new ServiceProcess(name, jar(name), List.of(
                    "--server.port=" + port,
                    "--spring.kafka.bootstrap-servers=127.0.0.1:" + kafkaPort,
                    "--spring.mongodb.uri=mongodb://127.0.0.1:" + mongoPort,
                    "--partnerships.security.issuer=" + issuer(),
                    "--partnerships.security.jwk-set-uri=" + issuer() + "/jwks",
                    "--partnerships.outbox.poll-interval=200ms",
                    "--partnerships.outbox.max-back-off=2s"),
                    "http://127.0.0.1:" + port + "/actuator/health/readiness", logs));
        }
    }

    static Platform start(String... serviceNames) {
        try {
            Platform platform = new Platform(Files.createTempDirectory("platform-"), List.of(serviceNames));
            platform.localStack.start();
            platform.localStack.awaitReady(START_TIMEOUT);
            platform.services.values().forEach(ServiceProcess::start);
            platform.services.values().forEach(service -> service.awaitReady(START_TIMEOUT));
            return platform;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String kafka() {
        return "127.0.0.1:" + kafkaPort;
    }

    String issuer() {
        return "http://127.0.0.1:" + statusPort + "/dev-issuer";
    }

    String baseUrl(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    ServiceProcess service(String name) {
        return services.get(name);
    }

    /** Kills a service with SIGKILL, as a crash would. */
    void kill(String service) {
        services.get(service).kill();
    }

    void restart(String service) {
        ServiceProcess process = services.get(service);
        process.start();
        process.awaitReady(START_TIMEOUT);
    }

    @Override
    public void close() {
        List<ServiceProcess> all = new ArrayList<>(services.values());
        all.forEach(ServiceProcess::stop);
        localStack.stop();
    }

    private static Path jar(String module) {
        String jar = System.getProperty("partnerships.jar." + module);
        if (jar == null) {
            throw new IllegalStateException("System property partnerships.jar." + module + " is not set; run through Maven");
        }
        return Path.of(jar);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
