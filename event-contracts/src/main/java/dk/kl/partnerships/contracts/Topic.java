package dk.kl.partnerships.contracts;

import static dk.kl.partnerships.contracts.Service.BILLING;
import static dk.kl.partnerships.contracts.Service.EVALUATION;
import static dk.kl.partnerships.contracts.Service.MEETING;
import static dk.kl.partnerships.contracts.Service.NOTIFICATION;
import static dk.kl.partnerships.contracts.Service.REGISTRATION;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every event topic of the platform: its name, the payload field that is the record key, its
 * partitions and the services that consume it (each has a dead-letter topic for it). How topics are
 * created — replication, retention and the rest — is in {@link TopicDeclaration}.
 *
 * <p>A new topic is a new constant here; a service that starts consuming a topic is added to its
 * consumers (a new service to {@link Service} first). A service refuses to start when it consumes a
 * topic that does not name it, and {@code TopicDeclarationTests} lists the {@code KafkaTopic}
 * resources that {@code deploy/k8s/base/kafka-topics.yaml} then lacks.
 */
public enum Topic {
    PROGRAMMES(
            "registration.programmes.v1", "programmeId", 3, REGISTRATION, MEETING, EVALUATION, BILLING, NOTIFICATION),
    /** Carries participants' names and e-mail addresses (ParticipantRegistered, ParticipantReplaced). */
    ENROLMENTS(
            "registration.enrolments.v1",
            "municipalityCode",
            3,
            true,
            REGISTRATION,
            MEETING,
            EVALUATION,
            BILLING,
            NOTIFICATION),
    NETWORKS("registration.networks.v1", "programmeId", 3, REGISTRATION, MEETING, EVALUATION),
    MUNICIPALITIES("registration.municipalities.v1", "municipalityCode", 3, BILLING, NOTIFICATION),
    MEETINGS("meeting.meetings.v1", "meetingId", 3, EVALUATION, BILLING, NOTIFICATION),
    SELF_EVALUATIONS("evaluation.self-evaluations.v1", "municipalityCode", 3, NOTIFICATION),
    INVOICES("billing.invoices.v1", "municipalityCode", 3, BILLING),
    /**
     * The issued invoices' and credit notes' PDF files: an invoice's record is about 3.5 kB (a 2 kB PDF
     * in Base64), far below {@link TopicDeclaration#MAX_MESSAGE_BYTES}.
     */
    DOCUMENTS("billing.documents.v1", "municipalityCode", 3, NOTIFICATION),
    /**
     * The audit trails ({@code AuditRecorded}): each publishing service has its own, so that who may
     * write a topic proves whose entries it carries, as for every other topic. Keyed like the
     * changes they record; registration-service keeps the queryable audit log.
     */
    REGISTRATION_AUDIT("registration.audit.v1", "subject", 3, REGISTRATION),
    MEETING_AUDIT("meeting.audit.v1", "subject", 3, REGISTRATION),
    EVALUATION_AUDIT("evaluation.audit.v1", "subject", 3, REGISTRATION),
    BILLING_AUDIT("billing.audit.v1", "subject", 3, REGISTRATION);

    private final String topicName;
    private final String keyField;
    private final int partitions;
    private final boolean personalData;
    private final List<Service> consumers;

    Topic(String topicName, String keyField, int partitions, Service... consumers) {
        this(topicName, keyField, partitions, false, consumers);
    }

    Topic(String topicName, String keyField, int partitions, boolean personalData, Service... consumers) {
        this.topicName = topicName;
        this.keyField = keyField;
        this.partitions = partitions;
        this.personalData = personalData;
        this.consumers = List.of(consumers);
    }

    public String topicName() {
        return topicName;
    }

    public String keyField() {
        return keyField;
    }

    /** Records of one key stay in one partition, in order; consumers of a group share the partitions. */
    public int partitions() {
        return partitions;
    }

    /**
     * Whether its events carry people's personal data, so that they are kept only for {@link
     * TopicDeclaration#PERSONAL_DATA_RETENTION}, not for ever.
     */
    public boolean carriesPersonalData() {
        return personalData;
    }

    /** The platform's services that consume this topic (systems outside the platform not counted). */
    public List<Service> consumers() {
        return consumers;
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
