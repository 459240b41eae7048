package dk.kl.partnerships.registration.network.persistence;

import dk.kl.partnerships.kit.outbox.AggregateStores;
import dk.kl.partnerships.kit.persistence.AggregateRepository;
import dk.kl.partnerships.registration.network.NetworkEvent;
import dk.kl.partnerships.registration.network.NetworkRepository;
import dk.kl.partnerships.registration.network.ProgrammeNetworks;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoNetworkRepository extends AggregateRepository<ProgrammeNetworks, NetworkEvent> implements NetworkRepository {

    MongoNetworkRepository(MongoTemplate mongo, AggregateStores stores) {
        super(mongo, stores, ProgrammeNetworks.class, NetworkEvent.class);
    }
}
