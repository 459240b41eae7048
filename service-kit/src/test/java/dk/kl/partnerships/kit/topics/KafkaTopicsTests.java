package dk.kl.partnerships.kit.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kl.partnerships.contracts.TopicDeclaration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaTopicsTests {

    @Test
    void aServiceNeedsEveryEventTopicTheDeadLetterTopicOfWhatItConsumesAndItsCheckpointTopic() {
        var topics = KafkaTopics.of(
                "billing-service",
                "billing-service",
                Map.of("registration.enrolments.v1", "billing-service", "meeting.meetings.v1", "billing-service"));

        assertThat(topics)
                .extracting(TopicDeclaration::name)
                .contains(
                        "billing.invoices.v1",
                        "registration.networks.v1",
                        "registration.enrolments.v1.billing-service.dlq",
                        "meeting.meetings.v1.billing-service.dlq",
                        "billing-service.outbox-checkpoints")
                .doesNotContain("registration.networks.v1.billing-service.dlq");
    }

    @Test
    void aServiceConsumingATopicWhoseDeclarationDoesNotNameItDoesNotStart() {
        assertThatThrownBy(() -> KafkaTopics.of(
                        "billing-service", "billing-service", Map.of("registration.networks.v1", "billing-service")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("registration.networks.v1")
                .hasMessageContaining("declare it");
        assertThatThrownBy(() -> KafkaTopics.of(
                        "meeting-service", "meeting-service", Map.of("undeclared.v1", "meeting-service")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void testApplicationsAndIsolatedGroupsAreNotHeldToTheDeclaration() {
        assertThat(KafkaTopics.of("kit-sample", "kit-sample-1", Map.of("registration.networks.v1", "kit-sample-1")))
                .extracting(TopicDeclaration::name)
                .contains("registration.networks.v1.kit-sample-1.dlq", "kit-sample-1.outbox-checkpoints");
        assertThat(KafkaTopics.of(
                        "billing-service",
                        "billing-service-ab12",
                        Map.of("registration.networks.v1", "billing-service-ab12")))
                .extracting(TopicDeclaration::name)
                .contains("registration.networks.v1.billing-service-ab12.dlq");
    }
}
