package dk.kl.partnerships.kit.architecture.sound.shipping.persistence;

import dk.kl.partnerships.kit.architecture.sound.shipping.Shipment;
import dk.kl.partnerships.kit.architecture.sound.shipping.ShipmentRepository;

public class MongoShipmentRepository implements ShipmentRepository {

    @Override
    public Shipment find(String id) {
        return new Shipment(id, "630");
    }
}
