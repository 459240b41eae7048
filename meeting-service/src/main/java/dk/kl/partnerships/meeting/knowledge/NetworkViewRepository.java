package dk.kl.partnerships.meeting.knowledge;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

public interface NetworkViewRepository extends MongoRepository<NetworkView, String> {

    List<NetworkView> findByProgrammeId(String programmeId);
}
