package dk.kl.partnerships.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A fact that one service publishes for the others. Implementations are immutable records whose
 * JSON form is the payload of a Kafka record; {@link EventType} names the topic and CloudEvents type.
 */
public interface IntegrationEvent {

    /** The Kafka record key (and CloudEvents subject): it keeps the events of one key in order. */
    @JsonIgnore
    String key();
}
