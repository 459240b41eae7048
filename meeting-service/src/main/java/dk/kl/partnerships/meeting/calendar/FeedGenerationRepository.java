package dk.kl.partnerships.meeting.calendar;

import org.springframework.data.mongodb.repository.MongoRepository;

interface FeedGenerationRepository extends MongoRepository<FeedGeneration, String> {}
