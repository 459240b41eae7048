package dk.kl.partnerships.kit.architecture.sound.shipping.web;

import dk.kl.partnerships.kit.architecture.sound.shipping.Shipment;
import dk.kl.partnerships.kit.architecture.sound.shipping.Shipping;

public class ShipmentController {

    private final Shipping shipping;

    public ShipmentController(Shipping shipping) {
        this.shipping = shipping;
    }

    public Shipment get(String id) {
        return shipping.get(id);
    }
}
