package dk.kl.partnerships.evaluation.registration;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ParticipationRepository extends MongoRepository<Participation, String> {

    /** A page of a programme's participations in id order after {@code afterId}, for batch work. */
    List<Participation> findByProgrammeIdAndEnrolmentIdGreaterThanOrderByEnrolmentIdAsc(
            String programmeId, String afterId, Pageable page);

    /** The municipality's enrolments in the programme: one, or a few if it withdrew and joined again. */
    List<Participation> findByProgrammeIdAndMunicipalityCode(
            String programmeId, String municipalityCode, Pageable page);
}
