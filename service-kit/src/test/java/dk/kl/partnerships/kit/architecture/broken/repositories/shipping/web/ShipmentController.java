package dk.kl.partnerships.kit.architecture.broken.repositories.shipping.web;

import dk.kl.partnerships.kit.architecture.broken.repositories.shipping.ShipmentRepository;

/** Broken on purpose: no use case between the controller and the repository. */
public class ShipmentController {

    private final ShipmentRepository shipments;

    public ShipmentController(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    public String get(String id) {
        return shipments.find(id);
    }
}
