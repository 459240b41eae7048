package dk.kl.partnerships.registration.programme.persistence;

import dk.kl.partnerships.kit.outbox.AggregateStore;
import dk.kl.partnerships.kit.outbox.Outbox;
import dk.kl.partnerships.kit.persistence.MongoPages;
import dk.kl.partnerships.registration.programme.Programme;
import dk.kl.partnerships.registration.programme.ProgrammeEvent;
import dk.kl.partnerships.registration.programme.ProgrammeRepository;
import dk.kl.partnerships.registration.programme.ProgrammeStatus;
import dk.kl.partnerships.registration.programme.messaging.ProgrammeEventTranslator;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoProgrammeRepository implements ProgrammeRepository {

    private final MongoTemplate mongo;
    private final AggregateStore<Programme, ProgrammeEvent> store;

    MongoProgrammeRepository(MongoTemplate mongo, Outbox outbox, ProgrammeEventTranslator translator) {
        this.mongo = mongo;
        this.store = new AggregateStore<>(outbox, translator);
    }

    @Override
    public Optional<Programme> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Programme.class));
    }

    @Override
    public Page<Programme> list(ProgrammeStatus status, Pageable page) {
        return MongoPages.page(mongo, Query.query(MongoPages.equalTo("status", status)), page, Programme.class);
    }

    @Override
    public Programme insert(Programme programme) {
        return store.insert(programme);
    }

    @Override
    public Programme update(Programme programme) {
        return store.update(programme);
    }
}
