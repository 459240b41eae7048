package dk.kl.partnerships.kit.architecture.broken.adapters.shipping.persistence;

import dk.kl.partnerships.kit.architecture.broken.adapters.shipping.Shipment;
import dk.kl.partnerships.kit.architecture.broken.adapters.shipping.messaging.ShipmentTranslator;

/** Broken on purpose: persistence translating for messaging, as the outbox repositories once did. */
public class ShipmentDocuments {

    private final ShipmentTranslator translator = new ShipmentTranslator();

    public String store(Shipment shipment) {
        return translator.translate(shipment);
    }
}
