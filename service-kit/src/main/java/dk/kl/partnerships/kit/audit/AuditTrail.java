package dk.kl.partnerships.kit.audit;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.audit.AuditRecorded;
import dk.kl.partnerships.kit.events.EventJson;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The audit entry of an event about to be stored: who makes the change ({@link Actors}), which event
 * announces it, and what it concerns, read from the event's payload by the platform's field names —
 * {@code programmeId}; {@code municipalityCode} and {@code municipalityCodes}, and the {@code
 * municipalityCode} of each object the payload holds directly or in a list (a meeting's attendance, a
 * network's change, a venue's host).
 */
public final class AuditTrail {

    private static final String MUNICIPALITY = "municipalityCode";

    private final EventJson json;

    public AuditTrail(EventJson json) {
        this.json = json;
    }

    /**
     * The entry recording the change the event announces; none for an audit entry itself, or for an
     * event of a service that has no audit topic.
     */
    public Optional<AuditRecorded> entryFor(IntegrationEvent event, String eventId, Instant recordedAt) {
        EventType type = EventType.of(event);
        if (type.isAuditRecord()) {
            return Optional.empty();
        }
        return EventType.auditOf(type.publisher()).map(audit -> {
            JsonNode payload = json.tree(event);
            return new AuditRecorded(
                    type.publisher().applicationName(),
                    eventId,
                    type.eventName(),
                    event.key(),
                    text(payload.get("programmeId")),
                    municipalities(payload),
                    Actors.current(),
                    recordedAt);
        });
    }

    private static List<String> municipalities(JsonNode payload) {
        Set<String> codes = new LinkedHashSet<>();
        add(codes, payload.get(MUNICIPALITY));
        JsonNode listed = payload.get("municipalityCodes");
        if (listed != null && listed.isArray()) {
            listed.forEach(code -> add(codes, code));
        }
        for (JsonNode field : payload) {
            if (field.isObject()) {
                add(codes, field.get(MUNICIPALITY));
            } else if (field.isArray()) {
                for (JsonNode element : field) {
                    if (element.isObject()) {
                        add(codes, element.get(MUNICIPALITY));
                    }
                }
            }
        }
        return List.copyOf(codes);
    }

    private static void add(Set<String> codes, JsonNode code) {
        String text = text(code);
        if (text != null) {
            codes.add(text);
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() && !node.asString().isBlank() ? node.asString() : null;
    }
}
