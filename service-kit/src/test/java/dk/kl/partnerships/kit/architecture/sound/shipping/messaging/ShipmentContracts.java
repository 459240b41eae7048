package dk.kl.partnerships.kit.architecture.sound.shipping.messaging;

import dk.kl.partnerships.contracts.registration.ProgrammeCompleted;
import dk.kl.partnerships.kit.architecture.sound.shipping.Shipment;
import java.time.LocalDate;

public final class ShipmentContracts {

    private ShipmentContracts() {}

    public static ProgrammeCompleted completed(Shipment shipment) {
        return new ProgrammeCompleted(shipment.id(), LocalDate.of(2027, 6, 30));
    }
}
