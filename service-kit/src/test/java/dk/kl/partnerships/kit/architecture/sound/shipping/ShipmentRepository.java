package dk.kl.partnerships.kit.architecture.sound.shipping;

public interface ShipmentRepository {

    Shipment find(String id);
}
