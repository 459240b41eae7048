package dk.kl.partnerships.registration.municipality.persistence;

import dk.kl.partnerships.kit.outbox.AggregateStore;
import dk.kl.partnerships.kit.outbox.AggregateStores;
import dk.kl.partnerships.registration.municipality.Municipality;
import dk.kl.partnerships.registration.municipality.MunicipalityChanges;
import dk.kl.partnerships.registration.municipality.MunicipalityEvent;
import org.springframework.stereotype.Repository;

/** A municipality and its events in one atomic write of its document (the outbox). */
@Repository
class MongoMunicipalityChanges implements MunicipalityChanges {

    private final AggregateStore<Municipality, MunicipalityEvent> store;

    MongoMunicipalityChanges(AggregateStores stores) {
        this.store = stores.of(MunicipalityEvent.class);
    }

    @Override
    public Municipality update(Municipality municipality) {
        return store.update(municipality);
    }
}
