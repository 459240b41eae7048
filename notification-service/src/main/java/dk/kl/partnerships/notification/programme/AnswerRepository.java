package dk.kl.partnerships.notification.programme;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface AnswerRepository extends MongoRepository<Answer, String> {

    List<Answer> findByProgrammeId(String programmeId);
}
