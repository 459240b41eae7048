package dk.kl.partnerships.meeting.registration;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface NetworkViewRepository extends MongoRepository<NetworkView, String> {

    List<NetworkView> findByProgrammeId(String programmeId);
}
