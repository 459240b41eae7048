package dk.kl.partnerships.notification.registration;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ParticipantRepository extends MongoRepository<Participant, String> {

    List<Participant> findByEmail(String email);

    List<Participant> findByIdIn(List<String> ids);
}
