package dk.kl.partnerships.kit.architecture.broken.adapters.shipping;

public record Shipment(String id) {}
