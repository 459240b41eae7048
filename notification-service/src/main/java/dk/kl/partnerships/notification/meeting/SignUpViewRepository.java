package dk.kl.partnerships.notification.meeting;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface SignUpViewRepository extends MongoRepository<SignUpView, String> {

    /** Bounded by the meeting's capacity and waiting list. */
    List<SignUpView> findByMeetingIdAndStatusIn(String meetingId, List<SignUpView.Status> statuses);

    List<SignUpView> findByParticipantId(String participantId);
}
