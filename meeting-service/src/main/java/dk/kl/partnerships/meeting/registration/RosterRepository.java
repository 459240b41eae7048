package dk.kl.partnerships.meeting.registration;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

interface RosterRepository extends MongoRepository<Roster, String> {

    List<Roster> findByMunicipalityCode(String municipalityCode);

    List<Roster> findByProgrammeId(String programmeId, Pageable page);

    @Query("{ 'participants._id': ?0 }")
    List<Roster> findByParticipant(String participantId);
}
