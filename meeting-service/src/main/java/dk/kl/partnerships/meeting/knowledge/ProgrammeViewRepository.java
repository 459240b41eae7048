package dk.kl.partnerships.meeting.knowledge;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ProgrammeViewRepository extends MongoRepository<ProgrammeView, String> {}
