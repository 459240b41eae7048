package dk.kl.partnerships.evaluation.selfevaluation.persistence;

import dk.kl.partnerships.evaluation.selfevaluation.Round;
import dk.kl.partnerships.evaluation.selfevaluation.SelfEvaluation;
import dk.kl.partnerships.evaluation.selfevaluation.SelfEvaluationEvent;
import dk.kl.partnerships.evaluation.selfevaluation.SelfEvaluationRepository;
import dk.kl.partnerships.kit.outbox.AggregateStores;
import dk.kl.partnerships.kit.persistence.AggregateRepository;
import dk.kl.partnerships.kit.persistence.MongoPages;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoSelfEvaluationRepository extends AggregateRepository<SelfEvaluation, SelfEvaluationEvent>
        implements SelfEvaluationRepository {

    MongoSelfEvaluationRepository(MongoTemplate mongo, AggregateStores stores) {
        super(mongo, stores, SelfEvaluation.class, SelfEvaluationEvent.class);
    }

    @Override
    public Page<SelfEvaluation> list(
            String municipalityCode, String programmeId, Round round, SelfEvaluation.Status status, Pageable page) {
        return MongoPages.page(
                mongo,
                Query.query(MongoPages.equalTo(
                        "municipalityCode",
                        municipalityCode,
                        "programmeId",
                        programmeId,
                        "round",
                        round,
                        "status",
                        status)),
                page,
                SelfEvaluation.class);
    }

    @Override
    public Page<SelfEvaluation> overdue(String programmeId, LocalDate today, Pageable page) {
        Criteria criteria = Criteria.where("status")
                .is(SelfEvaluation.Status.OPEN)
                .and("dueOn")
                .lt(today);
        if (programmeId != null) {
            criteria = criteria.and("programmeId").is(programmeId);
        }
        return MongoPages.page(mongo, Query.query(criteria), page, SelfEvaluation.class);
    }

    @Override
    public List<SelfEvaluation> submitted(String programmeId, Round round, int limit) {
        return mongo.find(
                Query.query(Criteria.where("programmeId")
                                .is(programmeId)
                                .and("round")
                                .is(round)
                                .and("status")
                                .is(SelfEvaluation.Status.SUBMITTED))
                        .with(Sort.by("_id"))
                        .limit(limit),
                SelfEvaluation.class);
    }
}
