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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's infrastructure in one process: a Kafka broker on 127.0.0.1:9092 and a
 * MongoDB wire-protocol store on 127.0.0.1:27017, both persisted under {@code ./data}, and a status
 * endpoint ({@code GET http://127.0.0.1:9099/ready}) that answers 200 once both accept clients.
 *
 * <p>The stand-alone process also runs the development mail server ({@link MailServer}): SMTP on
 * 127.0.0.1:2525 for the platform's messages, IMAP on 127.0.0.1:1143 to read them.
 *
 * <p>Options: {@code --data-dir=./data --kafka-port=9092 --kafka-controller-port=9093
 * --mongo-port=27017 --status-port=9099 --smtp-port=2525 --imap-port=1143} (an IMAP port of 0: no IMAP).
 */
public final class LocalStack implements AutoCloseable {

    /** The stand-alone process's logging; as a library the embedding application's logging applies. */
    private static final String LOGGING_CONFIGURATION = "local-stack-logback.xml";

    private final KafkaBroker kafka;
    private final MongoStore mongo;
    private final HttpServer status;

    private LocalStack(KafkaBroker kafka, MongoStore mongo, HttpServer status) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.status = status;
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("logback.configurationFile", LOGGING_CONFIGURATION);
        Map<String, String> options = options(args);
        Path data = Path.of(options.getOrDefault("data-dir", "data"));
        int statusPort = Integer.parseInt(options.getOrDefault("status-port", "9099"));
        LocalStack stack = start(
                data,
                Integer.parseInt(options.getOrDefault("kafka-port", "9092")),
                Integer.parseInt(options.getOrDefault("kafka-controller-port", "9093")),
                Integer.parseInt(options.getOrDefault("mongo-port", "27017")),
                statusPort);
        MailServer mail = MailServer.start(
                Integer.parseInt(options.getOrDefault("smtp-port", "2525")),
                Integer.parseInt(options.getOrDefault("imap-port", "1143")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            mail.close();
                            stack.close();
                            stopped.countDown();
                        },
                        "local-stack-shutdown"));
        stack.awaitReady(Duration.ofMinutes(2));
        String status = "http://127.0.0.1:" + stack.status.getAddress().getPort();
        System.out.println("local-stack is ready: kafka " + stack.kafka.bootstrapServers() + ", mongodb "
                + stack.mongo.uri() + ", smtp 127.0.0.1:" + mail.smtpPort() + ", imap 127.0.0.1:" + mail.imapPort()
                + ", status " + status + "/ready");
        stopped.await();
    }

    public static LocalStack start(Path data, int kafkaPort, int controllerPort, int mongoPort, int statusPort) {
        MongoStore mongo =
                MongoStore.persistent(mongoPort, data.resolve("mongodb").resolve("store.mv"));
        KafkaBroker kafka = KafkaBroker.start(kafkaPort, controllerPort, data.resolve("kafka"));
        return new LocalStack(kafka, mongo, statusServer(statusPort, kafka, mongo));
    }

    private static HttpServer statusServer(int port, KafkaBroker kafka, MongoStore mongo) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/ready", exchange -> {
                boolean kafkaUp = kafkaAnswers(kafka.bootstrapServers());
                boolean mongoUp = mongoAnswers(mongo.uri());
                String body = "{\"status\":\"%s\",\"kafka\":{\"status\":\"%s\",\"bootstrapServers\":\"%s\"},"
                                .formatted(
                                        kafkaUp && mongoUp ? "UP" : "DOWN",
                                        kafkaUp ? "UP" : "DOWN",
                                        kafka.bootstrapServers())
                        + "\"mongodb\":{\"status\":\"%s\",\"uri\":\"%s\"}}"
                                .formatted(mongoUp ? "UP" : "DOWN", mongo.uri());
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(kafkaUp && mongoUp ? 200 : 503, bytes.length);
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

    /** Blocks until Kafka and MongoDB both accept clients. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!(kafkaAnswers(kafka.bootstrapServers()) && mongoAnswers(mongo.uri()))) {
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException("local-stack did not become ready within " + timeout);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    static boolean kafkaAnswers(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                2000))) {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                    .nodes()
                    .get(3, TimeUnit.SECONDS)
                    .isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    static boolean mongoAnswers(String uri) {
        String hostAndPort = uri.substring("mongodb://".length());
        int colon = hostAndPort.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.connect(
                    new InetSocketAddress(
                            hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1))),
                    1000);
            return true;
        } catch (IOException e) {
            return false;
        }
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
        kafka.close();
        mongo.close();
    }
}
