package dk.kl.partnerships.meeting.registration;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ProgrammeViewRepository extends MongoRepository<ProgrammeView, String> {}
