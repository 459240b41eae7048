package dk.kl.partnerships.kit.architecture.sound.shipping;

/** A well-formed feature: domain, use case, repository port, and an adapter of each kind below it. */
public record Shipment(String id, String municipalityCode) {}
