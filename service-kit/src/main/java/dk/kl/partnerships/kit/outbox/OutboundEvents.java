package dk.kl.partnerships.kit.outbox;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Topic;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one declaration of what a service's domain events are on the wire: each domain event type
 * maps to one contract, grouped by the topic the contracts are published on. It mirrors
 * {@code EventConsumers} for the events coming in:
 *
 * <pre>{@code
 * @Bean
 * OutboundEvents outboundEvents() {
 *     return OutboundEvents.builder()
 *             .topic(Topic.ENROLMENTS)
 *             .map(EnrolmentEvent.Withdrew.class, MunicipalityWithdrew.class, fact -> new MunicipalityWithdrew(...))
 *             .build();
 * }
 * }</pre>
 *
 * A contract declared under the wrong topic fails the build of the mapping, and each aggregate's
 * repository asks for the mappings of its whole (sealed) event type when it is created: a service
 * with a domain event that has no contract does not start.
 */
public final class OutboundEvents {

    private final Map<Class<?>, Mapping<?>> mappings;

    private OutboundEvents(Map<Class<?>, Mapping<?>> mappings) {
        this.mappings = Collections.unmodifiableMap(new LinkedHashMap<>(mappings));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks that every concrete event of a domain event type has a mapping: the type itself when it
     * is a final class or record, else each permitted subtype of the sealed type, recursively.
     *
     * @throws IllegalStateException naming the events without a contract, or a type that is neither
     *     sealed nor final, whose cases cannot be known
     */
    public void requireMappingsFor(Class<?> eventType) {
        List<String> missing = new ArrayList<>();
        for (Class<?> concrete : concreteTypes(eventType)) {
            if (!mappings.containsKey(concrete)) {
                missing.add(concrete.getName());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No published contract for the domain events " + missing
                    + ": map each in the service's OutboundEvents");
        }
    }

    /** The contract a recorded domain event is published as. */
    public IntegrationEvent toContract(Object event) {
        Mapping<?> mapping = mappings.get(event.getClass());
        if (mapping == null) {
            throw new IllegalStateException("No published contract for the domain event "
                    + event.getClass().getName() + ": map it in the service's OutboundEvents");
        }
        return mapping.apply(event);
    }

    /** The domain event types that have a contract, in the order they were declared. */
    public Set<Class<?>> domainTypes() {
        return mappings.keySet();
    }

    private static List<Class<?>> concreteTypes(Class<?> type) {
        if (type.isSealed()) {
            List<Class<?>> concrete = new ArrayList<>();
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                concrete.addAll(concreteTypes(permitted));
            }
            return concrete;
        }
        if (type.isInterface() || !Modifier.isFinal(type.getModifiers())) {
            throw new IllegalStateException("The domain event type " + type.getName()
                    + " is neither sealed nor final, so its events cannot all be checked for a contract");
        }
        return List.of(type);
    }

    private record Mapping<D>(Class<D> domainType, Function<? super D, ? extends IntegrationEvent> mapper) {

        IntegrationEvent apply(Object event) {
            return mapper.apply(domainType.cast(event));
        }
    }

    public static final class Builder {

        private final Map<Class<?>, Mapping<?>> mappings = new LinkedHashMap<>();
        private Topic topic;

        private Builder() {}

        /** The topic of the contracts mapped next. */
        public Builder topic(Topic topic) {
            this.topic = topic;
            return this;
        }

        /**
         * Maps one concrete domain event type to the contract it is published as, which must be
         * published on the current topic.
         */
        public <D, C extends IntegrationEvent> Builder map(
                Class<D> domainType, Class<C> contractType, Function<? super D, ? extends C> mapper) {
            if (topic == null) {
                throw new IllegalStateException("Name the topic before the events published on it");
            }
            EventType type = EventType.of(contractType);
            if (type.topic() != topic) {
                throw new IllegalArgumentException(domainType.getName() + " maps to " + type.eventName()
                        + ", which is published on " + type.topic().topicName() + ", not on " + topic.topicName());
            }
            if (domainType.isInterface() || Modifier.isAbstract(domainType.getModifiers())) {
                throw new IllegalArgumentException(
                        "Map each concrete domain event, not the type " + domainType.getName());
            }
            if (mappings.putIfAbsent(domainType, new Mapping<>(domainType, mapper)) != null) {
                throw new IllegalArgumentException("Two contracts for " + domainType.getName());
            }
            return this;
        }

        public OutboundEvents build() {
            return new OutboundEvents(mappings);
        }
    }
}
