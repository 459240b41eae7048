package dk.kl.partnerships.notification.registration;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface AnswerRepository extends MongoRepository<Answer, String> {

    List<Answer> findByProgrammeId(String programmeId);
}
