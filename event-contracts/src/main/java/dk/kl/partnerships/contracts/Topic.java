package dk.kl.partnerships.contracts;

import java.util.Arrays;
import java.util.Optional;

/** Every Kafka topic of the platform, with the payload field that is the record key. */
public enum Topic {
    PROGRAMMES("registration.programmes.v1", "programmeId"),
    ENROLMENTS("registration.enrolments.v1", "municipalityCode"),
    NETWORKS("registration.networks.v1", "programmeId"),
    MUNICIPALITIES("registration.municipalities.v1", "municipalityCode"),
    MEETINGS("meeting.meetings.v1", "meetingId"),
    SELF_EVALUATIONS("evaluation.self-evaluations.v1", "municipalityCode"),
    INVOICES("billing.invoices.v1", "municipalityCode");

    private final String topicName;
    private final String keyField;

    Topic(String topicName, String keyField) {
        this.topicName = topicName;
        this.keyField = keyField;
    }

    public String topicName() {
        return topicName;
    }

    public String keyField() {
        return keyField;
    }

    /** The dead-letter topic of a consumer group on this topic. */
    public String deadLetterTopic(String consumerGroup) {
        return deadLetterTopic(topicName, consumerGroup);
    }

    public static String deadLetterTopic(String topicName, String consumerGroup) {
        return topicName + "." + consumerGroup + ".dlq";
    }

    public static Optional<Topic> ofName(String topicName) {
        return Arrays.stream(values())
                .filter(t -> t.topicName.equals(topicName))
                .findFirst();
    }
}
