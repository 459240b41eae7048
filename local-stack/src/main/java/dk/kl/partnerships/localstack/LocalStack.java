package dk.kl.partnerships.localstack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's infrastructure: its components — a Kafka broker on 127.0.0.1:9092 and a
 * MongoDB wire-protocol store on 127.0.0.1:27017, both persisted under {@code ./data}, and a mail
 * server — in one process, or each in a process of its own ({@code --components=kafka},
 * {@code --components=mongodb}, {@code --components=mail}),
 * so one can fail without the other. A status endpoint ({@code GET http://127.0.0.1:9099/ready})
 * answers 200 once every component of the process accepts clients.
 *
 * <p>The mail component is the development mail server ({@link MailServer}): SMTP on 127.0.0.1:2525
 * for the platform's messages, IMAP on 127.0.0.1:1143 to read them.
 *
 * <p>Options: {@code --components=mongodb,kafka,mail --data-dir=./data --kafka-port=9092
 * --kafka-controller-port=9093 --mongo-port=27017 --smtp-port=2525 --imap-port=1143 --mail-kept-mb=64 --status-port=9099}
 * (an IMAP port of 0: no IMAP; the mail server keeps the latest 64 MB of messages).
 */
public final class LocalStack implements AutoCloseable {

    /** One part of the stack that clients connect to. */
    public interface Component extends AutoCloseable {

        /** Its name in {@code --components} and in the status. */
        String name();

        /** Where clients reach it. */
        String address();

        /** Whether it accepts clients now. */
        boolean answers();

        /** Whether something accepts a connection on the port of 127.0.0.1 within a second. */
        static boolean acceptsConnections(int port) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        void close();
    }

    /** How a component starts, from the data directory and the options. */
    @FunctionalInterface
    interface Starter {
        Component start(Path data, Map<String, String> options);
    }

    /** Every component, in the order they start; a new one is one more entry. */
    static final Map<String, Starter> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put(
                "mongodb",
                (data, options) -> MongoStore.persistent(
                        port(options, "mongo-port", 27017),
                        data.resolve("mongodb").resolve("store.mv")));
        COMPONENTS.put(
                "kafka",
                (data, options) -> KafkaBroker.start(
                        port(options, "kafka-port", 9092),
                        port(options, "kafka-controller-port", 9093),
                        data.resolve("kafka")));
        COMPONENTS.put(
                "mail",
                (data, options) -> MailServer.start(
                        port(options, "smtp-port", 2525),
                        port(options, "imap-port", 1143),
                        options.containsKey("mail-kept-mb")
                                ? Long.parseLong(options.get("mail-kept-mb")) * 1024 * 1024
                                : MailServer.DEFAULT_KEPT_BYTES));
    }

    /** The stand-alone process's logging; as a library the embedding application's logging applies. */
    private static final String LOGGING_CONFIGURATION = "local-stack-logback.xml";

    private final List<Component> components;
    private final HttpServer status;

    private LocalStack(List<Component> components, HttpServer status) {
        this.components = components;
        this.status = status;
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("logback.configurationFile", LOGGING_CONFIGURATION);
        Map<String, String> options = options(args);
        LocalStack stack = start(Path.of(options.getOrDefault("data-dir", "data")), options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stack.close();
                            stopped.countDown();
                        },
                        "local-stack-shutdown"));
        stack.awaitReady(Duration.ofMinutes(2));
        System.out.println("local-stack is ready: "
                + stack.components.stream()
                        .map(c -> c.name() + " " + c.address())
                        .collect(Collectors.joining(", "))
                + ", status http://127.0.0.1:" + stack.status.getAddress().getPort() + "/ready");
        stopped.await();
    }

    /**
     * Starts the components named by {@code --components} (all of them by default) with the options
     * given, and the status endpoint on {@code --status-port}.
     */
    public static LocalStack start(Path data, Map<String, String> options) {
        List<String> names = Arrays.stream(options.getOrDefault("components", String.join(",", COMPONENTS.keySet()))
                        .split(","))
                .map(String::trim)
                .toList();
        for (String name : names) {
            if (!COMPONENTS.containsKey(name)) {
                throw new IllegalArgumentException(
                        "Unknown component " + name + " (known: " + String.join(", ", COMPONENTS.keySet()) + ")");
            }
        }
        List<Component> started = new ArrayList<>();
        try {
            for (Map.Entry<String, Starter> component : COMPONENTS.entrySet()) {
                if (names.contains(component.getKey())) {
                    started.add(component.getValue().start(data, options));
                }
            }
            return new LocalStack(started, statusServer(port(options, "status-port", 9099), started));
        } catch (RuntimeException e) {
            started.forEach(Component::close);
            throw e;
        }
    }

    private static HttpServer statusServer(int port, List<Component> components) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/ready", exchange -> {
                Map<Component, Boolean> up = new LinkedHashMap<>();
                components.forEach(c -> up.put(c, c.answers()));
                boolean all = !up.containsValue(false);
                String body = "{\"status\":\"" + (all ? "UP" : "DOWN") + "\""
                        + up.entrySet().stream()
                                .map(e -> ",\"%s\":{\"status\":\"%s\",\"address\":\"%s\"}"
                                        .formatted(
                                                e.getKey().name(),
                                                e.getValue() ? "UP" : "DOWN",
                                                e.getKey().address()))
                                .collect(Collectors.joining())
                        + "}";
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(all ? 200 : 503, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blocks until every component accepts clients. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!components.stream().allMatch(Component::answers)) {
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException("local-stack did not become ready within " + timeout);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private static int port(Map<String, String> options, String name, int defaultPort) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(defaultPort)));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Unknown argument " + arg + " (expected --name=value)");
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    @Override
    public void close() {
        LoggerFactory.getLogger(LocalStack.class).info("local-stack stopping");
        status.stop(0);
        List<Component> reversed = new ArrayList<>(components);
        java.util.Collections.reverse(reversed);
        reversed.forEach(Component::close);
    }
}
