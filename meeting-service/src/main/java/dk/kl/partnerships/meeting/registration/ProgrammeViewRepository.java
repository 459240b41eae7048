package dk.kl.partnerships.meeting.registration;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ProgrammeViewRepository extends MongoRepository<ProgrammeView, String> {}
