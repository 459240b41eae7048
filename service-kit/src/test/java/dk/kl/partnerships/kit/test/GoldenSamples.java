package dk.kl.partnerships.kit.test;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.kit.events.EventJson;
import dk.kl.partnerships.kit.outbox.OutboundEvents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds a service's outbound mapping to the event catalogue's golden samples: the JSON it puts on
 * the wire for each of its event types must be the sample, field for field.
 */
public final class GoldenSamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventJson WIRE = new EventJson();

    private GoldenSamples() {}

    /**
     * Maps each fact, writes its contract as the outbox does, and compares it with the golden
     * sample of its event type. The facts must between them cover every domain event type the
     * mapping declares and every event type the catalogue lists for the service.
     *
     * @param service the publishing service, e.g. {@code registration-service}
     * @param facts   one domain event per event type, with the values of its golden sample
     */
    public static void assertPublishedAsGoldenSamples(String service, OutboundEvents events, List<?> facts) {
        Set<EventType> published = EnumSet.noneOf(EventType.class);
        Set<Class<?>> mapped = new LinkedHashSet<>();
        for (Object fact : facts) {
            IntegrationEvent contract = events.toContract(fact);
            EventType type = EventType.of(contract);
            assertThat(JSON.readTree(WIRE.write(contract)))
                    .as("%s published as %s", fact.getClass().getName(), type.eventName())
                    .isEqualTo(sample(type));
            published.add(type);
            mapped.add(fact.getClass());
        }
        assertThat(mapped).as("domain events compared").containsExactlyInAnyOrderElementsOf(events.domainTypes());
        assertThat(published)
                .as("event types of %s compared", service)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(EventType.values())
                        .filter(type -> type.ceSource().equals("/" + service))
                        // the kit writes the audit entries, for every service alike (AuditTrailTests)
                        .filter(type -> !type.isAuditRecord())
                        .toList());
    }

    public static JsonNode sample(EventType type) {
        try (InputStream in = GoldenSamples.class.getClassLoader().getResourceAsStream(type.sampleResource())) {
            if (in == null) {
                throw new IllegalStateException("No golden sample " + type.sampleResource() + " on the class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
