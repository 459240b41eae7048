package dk.kl.partnerships.registration.programme.persistence;

import dk.kl.partnerships.kit.outbox.AggregateStores;
import dk.kl.partnerships.kit.persistence.AggregateRepository;
import dk.kl.partnerships.kit.persistence.MongoPages;
import dk.kl.partnerships.registration.programme.Programme;
import dk.kl.partnerships.registration.programme.ProgrammeEvent;
import dk.kl.partnerships.registration.programme.ProgrammeRepository;
import dk.kl.partnerships.registration.programme.ProgrammeStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoProgrammeRepository extends AggregateRepository<Programme, ProgrammeEvent> implements ProgrammeRepository {

    MongoProgrammeRepository(MongoTemplate mongo, AggregateStores stores) {
        super(mongo, stores, Programme.class, ProgrammeEvent.class);
    }

    @Override
    public Page<Programme> list(Set<ProgrammeStatus> statuses, Pageable page) {
        return MongoPages.page(mongo, Query.query(Criteria.where("status").in(statuses)), page, Programme.class);
    }

    @Override
    public List<Programme> publishedEndingBy(LocalDate day, int limit) {
        Query query = Query.query(Criteria.where("status")
                        .is(ProgrammeStatus.PUBLISHED)
                        .and("terms.endsOn")
                        .lte(day))
                .with(Sort.by("terms.endsOn"))
                .limit(limit);
        return mongo.find(query, Programme.class);
    }

    @Override
    public List<Programme> completedEndedBeforeWithPersonalData(LocalDate day, int limit) {
        Query query = Query.query(Criteria.where("status")
                        .is(ProgrammeStatus.COMPLETED)
                        .and("terms.endsOn")
                        .lt(day)
                        .and("personalDataErasedOn")
                        .exists(false))
                .with(Sort.by("terms.endsOn"))
                .limit(limit);
        return mongo.find(query, Programme.class);
    }
}
