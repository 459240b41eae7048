package dk.kl.partnerships.registration.network.persistence;

import dk.kl.partnerships.kit.outbox.AggregateStore;
import dk.kl.partnerships.kit.outbox.Outbox;
import dk.kl.partnerships.registration.network.NetworkEvent;
import dk.kl.partnerships.registration.network.NetworkRepository;
import dk.kl.partnerships.registration.network.ProgrammeNetworks;
import dk.kl.partnerships.registration.network.messaging.NetworkEventTranslator;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoNetworkRepository implements NetworkRepository {

    private final MongoTemplate mongo;
    private final AggregateStore<ProgrammeNetworks, NetworkEvent> store;

    MongoNetworkRepository(MongoTemplate mongo, Outbox outbox, NetworkEventTranslator translator) {
        this.mongo = mongo;
        this.store = new AggregateStore<>(outbox, translator);
    }

    @Override
    public Optional<ProgrammeNetworks> find(String programmeId) {
        return Optional.ofNullable(mongo.findById(programmeId, ProgrammeNetworks.class));
    }

    @Override
    public ProgrammeNetworks insert(ProgrammeNetworks networks) {
        return store.insert(networks);
    }
}
