package dk.kl.partnerships.kit.architecture.sound.shipping;

public class Shipping {

    private final ShipmentRepository shipments;

    public Shipping(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    public Shipment get(String id) {
        return shipments.find(id);
    }
}
