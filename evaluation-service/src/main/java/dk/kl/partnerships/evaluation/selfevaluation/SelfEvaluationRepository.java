package dk.kl.partnerships.evaluation.selfevaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Where self-evaluations are kept, together with the events of their changes. */
public interface SelfEvaluationRepository {

    Optional<SelfEvaluation> find(String id);

    /** Any filter may be null (all). */
    Page<SelfEvaluation> list(
            String municipalityCode, String programmeId, Round round, SelfEvaluation.Status status, Pageable page);

    /** Open evaluations due before {@code today}, of one programme or (null) all. */
    Page<SelfEvaluation> overdue(String programmeId, LocalDate today, Pageable page);

    /** Submitted evaluations of a programme's round, at most {@code limit} (a programme has up to 98 municipalities). */
    List<SelfEvaluation> submitted(String programmeId, Round round, int limit);

    SelfEvaluation insert(SelfEvaluation evaluation);

    SelfEvaluation update(SelfEvaluation evaluation);
}
