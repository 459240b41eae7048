package dk.kl.partnerships.kit.architecture.broken.adapters.shipping.messaging;

import dk.kl.partnerships.kit.architecture.broken.adapters.shipping.Shipment;

public final class ShipmentTranslator {

    public String translate(Shipment shipment) {
        return shipment.id();
    }
}
