package dk.kl.partnerships.notification.meeting;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A participant's place at a meeting, as meeting-service announced it. */
@Document("sign_ups")
record SignUpView(@Id String id, String meetingId, String participantId, String municipalityCode, Status status) {

    enum Status {
        CONFIRMED,
        WAITING,
        CANCELLED
    }

    SignUpView with(Status status) {
        return new SignUpView(id, meetingId, participantId, municipalityCode, status);
    }
}
