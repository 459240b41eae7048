package dk.kl.partnerships.kit.test;

import dk.kl.partnerships.localstack.KafkaBroker;
import dk.kl.partnerships.localstack.MongoStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The Kafka broker and MongoDB store that integration tests talk to over real connections, started
 * once per test JVM. By default they are those of the embedded default (local-stack) running in
 * this JVM: a real KRaft broker and the mongo-java-server wire-protocol store (in memory). With
 * {@code -Dpartnerships.test.infrastructure=containers} (the Maven profile {@code containers})
 * they are a MongoDB replica set and Apache Kafka in Testcontainers, for machines with Docker.
 */
public final class TestInfrastructure {

    public static final String MODE_PROPERTY = "partnerships.test.infrastructure";

    private static String kafkaBootstrap;
    private static String mongoUri;

    private TestInfrastructure() {}

    public static synchronized String kafkaBootstrapServers() {
        start();
        return kafkaBootstrap;
    }

    public static synchronized String mongoUri() {
        start();
        return mongoUri;
    }

    public static boolean usesContainers() {
        return "containers".equals(System.getProperty(MODE_PROPERTY));
    }

    private static void start() {
        if (kafkaBootstrap != null) {
            return;
        }
        if (usesContainers()) {
            MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
            KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
            mongo.start();
            kafka.start();
            mongoUri = mongo.getReplicaSetUrl().replaceAll("/[^/]*$", "");
            kafkaBootstrap = kafka.getBootstrapServers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.stop();
                mongo.stop();
            }));
        } else {
            KafkaBroker kafka = startKafka(freePort());
            MongoStore mongo = MongoStore.inMemory(0);
            mongoUri = mongo.uri();
            kafkaBootstrap = kafka.bootstrapServers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.close();
                mongo.close();
            }));
        }
    }

    /**
     * Starts a broker of its own on a given port, with fresh storage, for tests that take Kafka
     * away and bring it back. The caller closes it.
     */
    public static KafkaBroker startKafka(int port) {
        try {
            return startKafka(port, Files.createTempDirectory("kafka-test-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #startKafka(int)}, with the broker's storage in {@code data}: started again there, it has its topics and records. */
    public static KafkaBroker startKafka(int port, Path data) {
        return KafkaBroker.start(port, freePort(), data);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
