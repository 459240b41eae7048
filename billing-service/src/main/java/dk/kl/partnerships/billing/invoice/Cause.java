package dk.kl.partnerships.billing.invoice;

/** The event that made billing issue a document: its logical type and id. */
public record Cause(String eventType, String eventId) {}
