package dk.kl.partnerships.evaluation.registration;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ProgrammeViewRepository extends MongoRepository<ProgrammeView, String> {}
