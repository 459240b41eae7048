package dk.kl.partnerships.kit.architecture.broken.cycles.shipping;

import dk.kl.partnerships.kit.architecture.broken.cycles.tracking.Tracking;

/** Broken on purpose: shipping calls into tracking, which depends on shipping. */
public class Shipping {

    private final Tracking tracking = new Tracking();

    public String ship(String id) {
        return tracking.track(new Shipment(id));
    }

    public record Shipment(String id) {}
}
