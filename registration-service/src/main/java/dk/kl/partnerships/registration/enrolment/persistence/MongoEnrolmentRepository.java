package dk.kl.partnerships.registration.enrolment.persistence;

import dk.kl.partnerships.kit.outbox.AggregateStore;
import dk.kl.partnerships.kit.outbox.Outbox;
import dk.kl.partnerships.kit.persistence.MongoPages;
import dk.kl.partnerships.registration.enrolment.Enrolment;
import dk.kl.partnerships.registration.enrolment.EnrolmentEvent;
import dk.kl.partnerships.registration.enrolment.EnrolmentRepository;
import dk.kl.partnerships.registration.enrolment.EnrolmentState;
import dk.kl.partnerships.registration.enrolment.messaging.EnrolmentEventTranslator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoEnrolmentRepository implements EnrolmentRepository {

    private final MongoTemplate mongo;
    private final AggregateStore<Enrolment, EnrolmentEvent> store;

    MongoEnrolmentRepository(MongoTemplate mongo, Outbox outbox, EnrolmentEventTranslator translator) {
        this.mongo = mongo;
        this.store = new AggregateStore<>(outbox, translator);
    }

    @Override
    public Optional<Enrolment> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Enrolment.class));
    }

    @Override
    public Page<Enrolment> list(String programmeId, String municipalityCode, EnrolmentState state, Pageable page) {
        return MongoPages.page(
                mongo,
                Query.query(MongoPages.equalTo(
                        "programmeId", programmeId, "municipalityCode", municipalityCode, "state", state)),
                page,
                Enrolment.class);
    }

    @Override
    public List<Enrolment> findByProgrammeAndState(String programmeId, EnrolmentState state) {
        return mongo.find(
                Query.query(Criteria.where("programmeId")
                        .is(programmeId)
                        .and("state")
                        .is(state)),
                Enrolment.class);
    }

    @Override
    public Set<String> respondents(String programmeId) {
        Query query = Query.query(Criteria.where("programmeId").is(programmeId));
        query.fields().include("municipalityCode");
        return new HashSet<>(mongo.findDistinct(query, "municipalityCode", Enrolment.class, String.class));
    }

    @Override
    public Enrolment insert(Enrolment enrolment) {
        return store.insert(enrolment);
    }

    @Override
    public Enrolment update(Enrolment enrolment) {
        return store.update(enrolment);
    }
}
