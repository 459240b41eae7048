package dk.kl.partnerships.benchmarks;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.billing.InvoiceIssued;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

/**
 * The same work as billing's, with plain clients on the same broker and store and the same durability:
 * a kafka-clients consumer (read_committed) of joinings, one {@code insertOne} per joining with the event
 * id as {@code _id} (a redelivery is a duplicate key, skipped), and an idempotent {@code acks=all}
 * transactional producer — as billing's outbox relay is — that sends an {@code InvoiceIssued} per joining
 * and commits the consumer's offsets in the same transaction, one transaction per poll.
 */
final class PlainBaseline implements AutoCloseable {

    static final String INPUT = "benchmark.baseline.enrolments";
    static final String OUTPUT = "benchmark.baseline.invoices";
    private static final String INVOICE_ISSUED =
            EventType.of(InvoiceIssued.class).ceType();
    private static final String SOURCE = EventType.of(InvoiceIssued.class).ceSource();

    private final MongoClient mongo;
    private final Thread worker;
    private volatile boolean running = true;

    PlainBaseline(String kafka, String mongoUri) {
        createTopics(kafka);
        mongo = MongoClients.create(mongoUri);
        MongoCollection<Document> invoices =
                mongo.getDatabase("benchmark_baseline").getCollection("invoices");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                        ConsumerConfig.GROUP_ID_CONFIG, "benchmark-baseline",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(),
                new StringDeserializer());
        KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                        "benchmark-baseline-" + UUID.randomUUID()),
                new StringSerializer(),
                new StringSerializer());
        producer.initTransactions();
        consumer.subscribe(List.of(INPUT));
        worker = new Thread(
                () -> {
                    try (consumer;
                            producer) {
                        while (running) {
                            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                            if (!records.isEmpty()) {
                                handle(records, invoices, consumer, producer);
                            }
                        }
                    }
                },
                "plain-baseline");
        worker.setDaemon(true);
        worker.start();
    }

    private static void handle(
            ConsumerRecords<String, String> records,
            MongoCollection<Document> invoices,
            KafkaConsumer<String, String> consumer,
            KafkaProducer<String, String> producer) {
        List<ProducerRecord<String, String>> out = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            String eventId = header(record, "ce_id");
            Document joined = Document.parse(record.value());
            Document invoice = new Document("_id", eventId)
                    .append(
                            "invoiceId",
                            UUID.nameUUIDFromBytes(eventId.getBytes(StandardCharsets.UTF_8))
                                    .toString())
                    .append("municipalityCode", joined.getString("municipalityCode"))
                    .append("programmeId", joined.getString("programmeId"))
                    .append("buyer", joined.get("billing"))
                    .append("cause", new Document("eventType", header(record, "ce_type")).append("eventId", eventId));
            try {
                invoices.insertOne(invoice);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            ProducerRecord<String, String> issued = new ProducerRecord<>(OUTPUT, record.key(), invoice.toJson());
            issued.headers().add("ce_specversion", bytes("1.0"));
            issued.headers().add("ce_id", bytes(UUID.randomUUID().toString()));
            issued.headers().add("ce_source", bytes(SOURCE));
            issued.headers().add("ce_type", bytes(INVOICE_ISSUED));
            issued.headers().add("ce_subject", bytes(record.key()));
            issued.headers().add("content-type", bytes("application/json"));
            out.add(issued);
            offsets.put(
                    new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        }
        producer.beginTransaction();
        out.forEach(producer::send);
        producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
        producer.commitTransaction();
    }

    /** The baseline's topics, with as many partitions as billing's input and output topics. */
    private static void createTopics(String kafka) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            Map<String, TopicDescription> platform = admin.describeTopics(
                            List.of(Topic.ENROLMENTS.topicName(), Topic.INVOICES.topicName()))
                    .allTopicNames()
                    .get();
            for (Map.Entry<String, String> pair : Map.of(
                            INPUT, Topic.ENROLMENTS.topicName(), OUTPUT, Topic.INVOICES.topicName())
                    .entrySet()) {
                int partitions = platform.get(pair.getValue()).partitions().size();
                try {
                    admin.createTopics(List.of(new NewTopic(pair.getKey(), partitions, (short) 1)))
                            .all()
                            .get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        running = false;
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        mongo.close();
    }
}
