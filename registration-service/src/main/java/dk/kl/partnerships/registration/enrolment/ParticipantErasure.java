package dk.kl.partnerships.registration.enrolment;

import java.time.Instant;

/**
 * When and why a participant's personal data was erased: on the municipality's request through KL
 * (with KL's reason), or because the retention period after the programme's end ran out.
 */
public record ParticipantErasure(Instant erasedAt, Cause cause, String reason) {

    public enum Cause {
        REQUEST,
        RETENTION
    }
}
