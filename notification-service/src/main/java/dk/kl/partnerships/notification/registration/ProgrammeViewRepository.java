package dk.kl.partnerships.notification.registration;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ProgrammeViewRepository extends MongoRepository<ProgrammeView, String> {}
