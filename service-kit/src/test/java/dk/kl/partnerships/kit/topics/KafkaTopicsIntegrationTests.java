package dk.kl.partnerships.kit.topics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.TopicDeclaration;
import dk.kl.partnerships.kit.test.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** A service starting on a cluster without its topics creates them as they are declared. */
@IntegrationTest
class KafkaTopicsIntegrationTests {

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Value("${spring.cloud.stream.default.group}")
    String group;

    @Value("${partnerships.outbox.relay-id}")
    String relayId;

    @Test
    void theServiceCreatedItsTopicsAsDeclaredWithAsManyReplicasAsTheClusterHasBrokers() throws Exception {
        String events = Topic.ENROLMENTS.topicName();
        String deadLetters = Topic.ENROLMENTS.deadLetterTopic(group);
        String checkpoints = TopicDeclaration.checkpointTopic(relayId);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            var described = admin.describeTopics(List.of(events, deadLetters, checkpoints))
                    .allTopicNames()
                    .get();
            Map<String, Config> configs = Map.of(
                    events,
                    config(admin, events),
                    deadLetters,
                    config(admin, deadLetters),
                    checkpoints,
                    config(admin, checkpoints));

            assertThat(described.get(events).partitions()).hasSize(3);
            assertThat(described.get(deadLetters).partitions()).hasSize(1);
            assertThat(described.get(checkpoints).partitions()).hasSize(1);
            assertThat(described.get(events).partitions().get(0).replicas()).hasSize(1);
            assertThat(value(configs, events, "retention.ms"))
                    .as("participants' names and addresses are kept five years")
                    .isEqualTo("157766400000");
            assertThat(value(configs, events, "min.insync.replicas")).isEqualTo("1");
            assertThat(value(configs, deadLetters, "retention.ms")).isEqualTo("2592000000");
            assertThat(value(configs, checkpoints, "cleanup.policy")).isEqualTo("compact");
        }
    }

    private static Config config(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource);
    }

    private static String value(Map<String, Config> configs, String topic, String name) {
        return configs.get(topic).get(name).value();
    }
}
