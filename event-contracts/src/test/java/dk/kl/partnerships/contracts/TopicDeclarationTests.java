package dk.kl.partnerships.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class TopicDeclarationTests {

    /** Where Kubernetes gets the topics from (Strimzi's topic operator), relative to this module. */
    private static final Path STRIMZI_TOPICS = Path.of("..", "deploy", "k8s", "base", "kafka-topics.yaml");

    @Test
    void everyConsumerHasADeadLetterTopicAndEveryServiceACheckpointTopic() {
        List<String> names =
                TopicDeclaration.all().stream().map(TopicDeclaration::name).toList();

        assertThat(names).doesNotHaveDuplicates().contains("billing.invoices.v1");
        assertThat(names)
                .contains(
                        "registration.enrolments.v1.billing-service.dlq",
                        "meeting.meetings.v1.evaluation-service.dlq",
                        "registration.programmes.v1.registration-service.dlq");
        for (Service service : Service.values()) {
            assertThat(names).contains(service.applicationName() + ".outbox-checkpoints");
        }
        assertThat(TopicDeclaration.all())
                .allSatisfy(topic -> assertThat(topic.minInSyncReplicas()).isLessThan(topic.replicationFactor()));
    }

    @Test
    void deadLetterAndCheckpointTopicsHaveOnePartitionAndEventsAreKept() {
        assertThat(TopicDeclaration.deadLetters("registration.enrolments.v1", "billing-service"))
                .satisfies(dlq -> {
                    assertThat(dlq.partitions()).isEqualTo(1);
                    assertThat(dlq.configs()).containsEntry("retention.ms", "2592000000");
                });
        assertThat(TopicDeclaration.outboxCheckpoints("billing-service")).satisfies(checkpoints -> {
            assertThat(checkpoints.partitions()).isEqualTo(1);
            assertThat(checkpoints.configs()).containsEntry("cleanup.policy", "compact");
        });
        assertThat(TopicDeclaration.of(Topic.INVOICES).configs()).containsEntry("retention.ms", "-1");
    }

    @Test
    void participantsNamesAndAddressesAreKeptInKafkaForFiveYearsNotForEver() {
        assertThat(TopicDeclaration.of(Topic.ENROLMENTS).configs())
                .containsEntry(
                        "retention.ms", String.valueOf(Duration.ofDays(1826).toMillis()));
        assertThat(Arrays.stream(Topic.values()).filter(Topic::carriesPersonalData))
                .containsExactly(Topic.ENROLMENTS);
    }

    @Test
    void theStrimziTopicsInDeployAreExactlyTheDeclaredOnes() throws IOException {
        List<TopicDeclaration> deployed = new ArrayList<>();
        try (var resources =
                YAMLMapper.builder().build().readerFor(JsonNode.class).<JsonNode>readValues(STRIMZI_TOPICS.toFile())) {
            while (resources.hasNext()) {
                JsonNode resource = resources.next();
                assertThat(resource.get("kind").asString()).isEqualTo("KafkaTopic");
                assertThat(resource.at("/metadata/labels/strimzi.io~1cluster").asString())
                        .isEqualTo("kafka");
                JsonNode spec = resource.get("spec");
                Map<String, String> configs = new LinkedHashMap<>();
                spec.get("config")
                        .properties()
                        .forEach(e -> configs.put(e.getKey(), e.getValue().asString()));
                deployed.add(new TopicDeclaration(
                        spec.get("topicName").asString(),
                        spec.get("partitions").asInt(),
                        spec.get("replicas").asInt(),
                        configs));
                // Kubernetes names: lower-case letters, digits, '-' and '.'
                assertThat(resource.at("/metadata/name").asString()).matches("[a-z0-9][a-z0-9.-]{0,251}[a-z0-9]");
            }
        }

        List<TopicDeclaration> missing = TopicDeclaration.all().stream()
                .filter(topic -> !deployed.contains(topic))
                .toList();
        assertThat(deployed)
                .as("%s; what it should hold for the declarations it lacks:%n%s", STRIMZI_TOPICS, strimzi(missing))
                .containsExactlyInAnyOrderElementsOf(TopicDeclaration.all());
    }

    /** The KafkaTopic resources of the topics, as kafka-topics.yaml writes them. */
    private static String strimzi(List<TopicDeclaration> topics) {
        StringBuilder yaml = new StringBuilder();
        for (TopicDeclaration topic : topics) {
            yaml.append("---\napiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n")
                    .append("  name: ")
                    .append(topic.name())
                    .append("\n")
                    .append("  labels: {strimzi.io/cluster: kafka}\nspec:\n")
                    .append("  topicName: ")
                    .append(topic.name())
                    .append("\n")
                    .append("  partitions: ")
                    .append(topic.partitions())
                    .append("\n")
                    .append("  replicas: ")
                    .append(topic.replicationFactor())
                    .append("\n")
                    .append("  config:\n");
            topic.configs()
                    .forEach((name, value) -> yaml.append("    ")
                            .append(name)
                            .append(": \"")
                            .append(value)
                            .append("\"\n"));
        }
        return yaml.toString();
    }
}
