package dk.kl.partnerships.kit.events;

import dk.kl.partnerships.contracts.IntegrationEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of event payloads. It is deliberately independent of the application's
 * web JSON settings, so that no HTTP customisation can change what goes on the wire.
 */
public final class EventJson {

    private final JsonMapper mapper = JsonMapper.builder().build();

    public String write(IntegrationEvent event) {
        return mapper.writeValueAsString(event);
    }

    /** The payload as a tree, to read fields of any event by name. */
    public JsonNode tree(IntegrationEvent event) {
        return mapper.valueToTree(event);
    }

    /** Reads a payload; a payload that is not a valid event of the type throws {@link JacksonException}. */
    public <E extends IntegrationEvent> E read(byte[] payload, Class<E> type) {
        return mapper.readValue(payload, type);
    }
}
