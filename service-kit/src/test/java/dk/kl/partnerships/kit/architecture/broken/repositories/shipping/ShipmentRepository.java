package dk.kl.partnerships.kit.architecture.broken.repositories.shipping;

public interface ShipmentRepository {

    String find(String id);
}
