package dk.kl.partnerships.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kl.partnerships.contracts.audit.Actor;
import dk.kl.partnerships.contracts.audit.AuditRecorded;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventCatalogueTests {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void goldenSampleValidatesAgainstItsSchema(EventType type) {
        JsonNode sample = ContractFiles.json(type.sampleResource());

        assertThat(ContractFiles.validate(type, sample)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void goldenSampleRoundTripsThroughItsRecord(EventType type) {
        JsonNode sample = ContractFiles.json(type.sampleResource());

        IntegrationEvent event = ContractFiles.STRICT_MAPPER.treeToValue(sample, type.recordType());
        JsonNode written = ContractFiles.STRICT_MAPPER.valueToTree(event);

        assertThat(written).isEqualTo(sample);
        assertThat(EventType.of(event)).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void recordKeyIsTheTopicsKeyField(EventType type) {
        JsonNode sample = ContractFiles.json(type.sampleResource());

        IntegrationEvent event = ContractFiles.STRICT_MAPPER.treeToValue(sample, type.recordType());

        assertThat(event.key()).isEqualTo(sample.get(type.topic().keyField()).asString());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void unknownFieldsAreTolerated(EventType type) {
        ObjectNode sample = (ObjectNode) ContractFiles.json(type.sampleResource());
        IntegrationEvent expected = ContractFiles.STRICT_MAPPER.treeToValue(sample, type.recordType());
        ObjectNode extended = sample.deepCopy();
        extended.put("addedInALaterRelease", "ignored");
        extended.putObject("anotherNewObject").put("nested", 1);
        extended.properties().forEach(field -> {
            if (field.getValue().isObject()) {
                ((ObjectNode) field.getValue()).put("newNestedField", true);
            }
        });

        IntegrationEvent read = ContractFiles.STRICT_MAPPER.treeToValue(extended, type.recordType());

        assertThat(read).isEqualTo(expected);
        assertThat(ContractFiles.validate(type, extended)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaDescribesExactlyTheRecordsFields(EventType type) {
        JsonNode schema = ContractFiles.json(type.schemaResource());
        Set<String> schemaFields = new HashSet<>(schema.get("properties").propertyNames());
        Set<String> recordFields = Arrays.stream(type.recordType().getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());

        assertThat(schemaFields).isEqualTo(recordFields);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaRefusesASampleWithoutARequiredField(EventType type) {
        JsonNode schema = ContractFiles.json(type.schemaResource());
        ObjectNode sample = (ObjectNode) ContractFiles.json(type.sampleResource());

        for (JsonNode required : schema.get("required")) {
            ObjectNode incomplete = sample.deepCopy();
            incomplete.remove(required.asString());
            assertThat(ContractFiles.validate(type, incomplete))
                    .as("%s without %s", type.eventName(), required.asString())
                    .isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void recordRefusesAPayloadWithoutItsKey(EventType type) {
        ObjectNode sample = (ObjectNode) ContractFiles.json(type.sampleResource());
        sample.remove(type.topic().keyField());

        assertThatThrownBy(() -> ContractFiles.STRICT_MAPPER.treeToValue(sample, type.recordType()))
                .hasMessageContaining(type.topic().keyField());
    }

    @Test
    void cloudEventsTypesAreLogicalNamesAndUnique() {
        assertThat(EventType.INVOICE_ISSUED.ceType()).isEqualTo("dk.kl.partnerships.billing.InvoiceIssued.v1");
        assertThat(EventType.MUNICIPALITY_JOINED.ceSource()).isEqualTo("/registration-service");
        assertThat(Arrays.stream(EventType.values()).map(EventType::ceType).distinct())
                .hasSize(EventType.values().length);
        for (EventType type : EventType.values()) {
            assertThat(EventType.ofCeType(type.ceType())).contains(type);
            assertThat(type.ceType()).doesNotContain(type.recordType().getPackageName());
        }
        assertThat(EventType.ofCeType("dk.kl.partnerships.billing.Unknown.v1")).isEmpty();
        assertThat(EventType.ofCeType(null)).isEmpty();
    }

    @Test
    void eachEventsSourceIsItsPublishersAndEachTopicHasOnePublisher() {
        assertThat(EventType.INVOICE_DOCUMENT_ISSUED.ceSource()).isEqualTo("/billing-service");
        assertThat(EventType.MEETING_HELD.ceSource()).isEqualTo("/meeting-service");
        for (EventType type : EventType.values()) {
            assertThat(type.ceSource()).isEqualTo("/" + type.publisher().applicationName());
            assertThat(type.ceType())
                    .as("the type names its publisher")
                    .startsWith("dk.kl.partnerships."
                            + type.publisher().applicationName().replace("-service", "."));
        }
        for (Topic topic : Topic.values()) {
            assertThat(Arrays.stream(EventType.values())
                            .filter(t -> t.topic() == topic)
                            .map(EventType::publisher)
                            .distinct())
                    .as("publishers on %s", topic.topicName())
                    .hasSize(1);
        }
    }

    @Test
    void everyTopicCarriesEventsAndHasADeadLetterNamingRule() {
        for (Topic topic : Topic.values()) {
            assertThat(Arrays.stream(EventType.values()).filter(t -> t.topic() == topic))
                    .isNotEmpty();
            assertThat(Topic.ofName(topic.topicName())).contains(topic);
        }
        assertThat(Topic.ENROLMENTS.deadLetterTopic("billing-service"))
                .isEqualTo("registration.enrolments.v1.billing-service.dlq");
    }

    @Test
    void everyPublisherRecordsItsChangesOnItsOwnAuditTopicNamedByTheEntry() {
        for (Service service : Service.values()) {
            boolean publishes =
                    Arrays.stream(EventType.values()).anyMatch(t -> t.publisher() == service && !t.isAuditRecord());
            if (!publishes) {
                assertThat(EventType.auditOf(service))
                        .as(service.applicationName())
                        .isEmpty();
                continue;
            }
            EventType audit = EventType.auditOf(service).orElseThrow();
            assertThat(audit.topic().topicName())
                    .isEqualTo(service.applicationName().replace("-service", "") + ".audit.v1");
            assertThat(audit.ceSource()).isEqualTo(service.ceSource());
            AuditRecorded entry = new AuditRecorded(
                    service.applicationName(), "e-1", "X", "630", null, List.of(), Actor.system(), Instant.EPOCH);
            assertThat(EventType.of(entry)).isEqualTo(audit);
        }
        assertThat(Arrays.stream(EventType.values()).map(EventType::messageName).distinct())
                .hasSize(EventType.values().length);
        assertThatThrownBy(() -> EventType.of(AuditRecorded.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventType.of(new AuditRecorded(
                        "notification-service", "e-1", "X", "630", null, List.of(), Actor.system(), Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anActorIsOneOfUserEventOrSystemWithWhatItsKindNeeds() {
        assertThatThrownBy(() -> new Actor(Actor.Kind.USER, null, List.of("KL_ADMIN"), null, null, null))
                .hasMessageContaining("userId");
        assertThatThrownBy(() -> new Actor(Actor.Kind.EVENT, null, List.of(), null, "MunicipalityJoined", null))
                .hasMessageContaining("eventId");
        assertThat(Actor.system().roles()).isEmpty();
    }
}
