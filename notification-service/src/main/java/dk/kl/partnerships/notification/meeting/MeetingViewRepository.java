package dk.kl.partnerships.notification.meeting;

import org.springframework.data.mongodb.repository.MongoRepository;

interface MeetingViewRepository extends MongoRepository<MeetingView, String> {}
