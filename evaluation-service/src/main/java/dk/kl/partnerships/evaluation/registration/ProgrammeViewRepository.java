package dk.kl.partnerships.evaluation.registration;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ProgrammeViewRepository extends MongoRepository<ProgrammeView, String> {

    List<ProgrammeView> findByEndsOnBeforeOrderById(LocalDate day, Pageable page);
}
