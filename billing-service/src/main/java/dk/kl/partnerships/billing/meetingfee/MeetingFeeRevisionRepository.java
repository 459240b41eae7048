package dk.kl.partnerships.billing.meetingfee;

import org.springframework.data.mongodb.repository.MongoRepository;

interface MeetingFeeRevisionRepository extends MongoRepository<MeetingFeeRevision, String> {}
