package dk.kl.partnerships.kit.architecture.sound.tracking;

import dk.kl.partnerships.kit.architecture.sound.shipping.Shipment;

/** A second feature that depends on the first, never the other way. */
public class Tracking {

    public String where(Shipment shipment) {
        return shipment.municipalityCode();
    }
}
