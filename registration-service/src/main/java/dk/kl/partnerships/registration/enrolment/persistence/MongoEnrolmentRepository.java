package dk.kl.partnerships.registration.enrolment.persistence;

import dk.kl.partnerships.kit.outbox.AggregateStores;
import dk.kl.partnerships.kit.persistence.AggregateRepository;
import dk.kl.partnerships.kit.persistence.MongoPages;
import dk.kl.partnerships.registration.enrolment.Enrolment;
import dk.kl.partnerships.registration.enrolment.EnrolmentEvent;
import dk.kl.partnerships.registration.enrolment.EnrolmentRepository;
import dk.kl.partnerships.registration.enrolment.EnrolmentState;
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
class MongoEnrolmentRepository extends AggregateRepository<Enrolment, EnrolmentEvent> implements EnrolmentRepository {

    MongoEnrolmentRepository(MongoTemplate mongo, AggregateStores stores) {
        super(mongo, stores, Enrolment.class, EnrolmentEvent.class);
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
    public Optional<Enrolment> findByParticipant(String participantId) {
        return Optional.ofNullable(
                mongo.findOne(Query.query(Criteria.where("participants.id").is(participantId)), Enrolment.class));
    }

    @Override
    public List<Enrolment> withParticipantsNotErased(String programmeId) {
        return mongo.find(Query.query(Criteria.where("programmeId").is(programmeId)), Enrolment.class).stream()
                .filter(enrolment -> !enrolment.participantsNotErased().isEmpty())
                .toList();
    }

    @Override
    public Set<String> respondents(String programmeId) {
        Query query = Query.query(Criteria.where("programmeId").is(programmeId));
        query.fields().include("municipalityCode");
        return new HashSet<>(mongo.findDistinct(query, "municipalityCode", Enrolment.class, String.class));
    }
}
