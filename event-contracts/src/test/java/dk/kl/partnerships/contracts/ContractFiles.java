package dk.kl.partnerships.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the catalogue's files from the class path, as a consumer of the published jar would. */
final class ContractFiles {

    static final String SCHEMA_BASE = "https://schemas.partnerships.kl.dk/events/v1/";

    /** Strict about unknown properties, so only the records' own annotations make them tolerant. */
    static final JsonMapper STRICT_MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_7,
            builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(SCHEMA_BASE, "classpath:schemas/")));

    private ContractFiles() {}

    static JsonNode json(String resource) {
        try (InputStream in = ContractFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing class path resource " + resource);
            }
            return STRICT_MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema schema(EventType type) {
        return SCHEMAS.getSchema(SchemaLocation.of(SCHEMA_BASE + type.eventName() + ".json"));
    }

    static List<Error> validate(EventType type, JsonNode payload) {
        return schema(type).validate(payload);
    }
}
