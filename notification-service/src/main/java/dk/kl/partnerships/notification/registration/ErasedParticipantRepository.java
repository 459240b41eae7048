package dk.kl.partnerships.notification.registration;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ErasedParticipantRepository extends MongoRepository<ErasedParticipant, String> {}
