package dk.kl.partnerships.kit.architecture.broken.contracts.shipping;

import dk.kl.partnerships.contracts.registration.ProgrammeCompleted;

/** Broken on purpose: a domain type that knows the wire contract. */
public record Shipment(String id, ProgrammeCompleted cause) {}
