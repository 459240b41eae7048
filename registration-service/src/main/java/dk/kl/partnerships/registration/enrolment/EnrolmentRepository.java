package dk.kl.partnerships.registration.enrolment;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Where enrolments are kept, together with the events of their changes. */
public interface EnrolmentRepository {

    Optional<Enrolment> find(String id);

    /** Enrolments filtered by programme, municipality and state, each filter optional. */
    Page<Enrolment> list(String programmeId, String municipalityCode, EnrolmentState state, Pageable page);

    /** The enrolments of a programme in a state; at most one per municipality, so bounded by their number. */
    List<Enrolment> findByProgrammeAndState(String programmeId, EnrolmentState state);

    /** The enrolment that names the participant, if any (participant ids are unique across enrolments). */
    Optional<Enrolment> findByParticipant(String participantId);

    /**
     * The enrolments of a programme that still keep a participant's personal data; at most one per
     * municipality, so bounded by their number.
     */
    List<Enrolment> withParticipantsNotErased(String programmeId);

    /** The codes of the municipalities that have answered a programme. */
    Set<String> respondents(String programmeId);

    Enrolment insert(Enrolment enrolment);

    Enrolment update(Enrolment enrolment);
}
