package dk.kl.partnerships.kit.messaging;

import dk.kl.partnerships.contracts.EventType;
import java.time.Instant;

/** The CloudEvents attributes of a received event; {@code id} is its identity for de-duplication. */
public record EventMetadata(String id, EventType type, String source, Instant time, String subject) {}
