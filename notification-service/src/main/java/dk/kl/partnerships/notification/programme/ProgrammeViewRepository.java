package dk.kl.partnerships.notification.programme;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ProgrammeViewRepository extends MongoRepository<ProgrammeView, String> {}
