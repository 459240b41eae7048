package dk.kl.partnerships.kit.architecture.broken.cycles.tracking;

import dk.kl.partnerships.kit.architecture.broken.cycles.shipping.Shipping;

public class Tracking {

    public String track(Shipping.Shipment shipment) {
        return shipment.id();
    }
}
