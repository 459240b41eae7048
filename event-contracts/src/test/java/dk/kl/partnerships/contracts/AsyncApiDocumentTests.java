package dk.kl.partnerships.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class AsyncApiDocumentTests {

    private static final JsonNode DOCUMENT = readAsyncApi();

    @Test
    void documentIsValidAsyncApi3() throws IOException {
        Schema asyncApiSchema;
        try (InputStream in = getClass().getResourceAsStream("/asyncapi/asyncapi-3.0.0-schema.json")) {
            asyncApiSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(in, InputFormat.JSON);
        }

        assertThat(DOCUMENT.get("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(asyncApiSchema.validate(DOCUMENT)).isEmpty();
    }

    @Test
    void everyTopicIsAChannel() {
        for (Topic topic : Topic.values()) {
            assertThat(channelOf(topic)).as(topic.topicName()).isNotNull();
        }
        assertThat(DOCUMENT.get("channels").size()).isEqualTo(Topic.values().length);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventIsAMessageOnItsTopicWithItsSchemaHeadersAndSample(EventType type) {
        JsonNode message = DOCUMENT.at("/components/messages/" + type.messageName());

        assertThat(channelOf(type.topic())
                        .at("/messages/" + type.messageName() + "/$ref")
                        .asString())
                .isEqualTo("#/components/messages/" + type.messageName());
        assertThat(message.at("/payload/$ref").asString()).isEqualTo("./" + type.schemaResource());
        assertThat(message.at("/headers/allOf/0/$ref").asString()).isEqualTo("#/components/schemas/CloudEventHeaders");
        assertThat(message.at("/headers/allOf/1/properties/ce_type/const").asString())
                .isEqualTo(type.ceType());
        assertThat(message.at("/headers/allOf/1/properties/ce_source/const").asString())
                .isEqualTo(type.ceSource());
        assertThat(message.at("/bindings/kafka/key/description").asString())
                .contains(type.topic().keyField());
        assertThat(message.at("/examples/0/payload")).isEqualTo(ContractFiles.json(type.sampleResource()));
    }

    /** A consumer refuses an event whose subject is not its key and its payload's, or whose source is not its publisher. */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyExampleIsAnEventAConsumerAccepts(EventType type) {
        JsonNode example = DOCUMENT.at("/components/messages/" + type.messageName() + "/examples/0");
        IntegrationEvent sample = ContractFiles.STRICT_MAPPER.treeToValue(example.get("payload"), type.recordType());

        assertThat(example.at("/headers/ce_type").asString()).isEqualTo(type.ceType());
        assertThat(example.at("/headers/ce_source").asString()).isEqualTo(type.ceSource());
        assertThat(example.at("/headers/ce_subject").asString())
                .isEqualTo(sample.key())
                .isEqualTo(example.get("payload").get(type.topic().keyField()).asString());
    }

    @Test
    void cloudEventHeadersAreAllRequired() {
        JsonNode required = DOCUMENT.at("/components/schemas/CloudEventHeaders/required");

        assertThat(required.valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(
                        "ce_specversion",
                        "ce_id",
                        "ce_source",
                        "ce_type",
                        "ce_time",
                        "ce_subject",
                        "content-type",
                        "traceparent");
    }

    private static JsonNode channelOf(Topic topic) {
        for (JsonNode channel : DOCUMENT.get("channels")) {
            if (channel.get("address").asString().equals(topic.topicName())) {
                return channel;
            }
        }
        return null;
    }

    private static JsonNode readAsyncApi() {
        try (InputStream in = AsyncApiDocumentTests.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
