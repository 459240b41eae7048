package dk.kl.partnerships.meeting.schedule;

import java.time.Instant;

/**
 * A participant's place at a meeting: confirmed, on the waiting list (in {@code sequence} order),
 * or cancelled.
 */
public record SignUp(
        String id,
        String participantId,
        String municipalityCode,
        String name,
        boolean politician,
        Status status,
        long sequence,
        Instant signedUpAt) {

    public enum Status {
        CONFIRMED,
        WAITING,
        CANCELLED
    }

    SignUp with(Status newStatus) {
        return new SignUp(id, participantId, municipalityCode, name, politician, newStatus, sequence, signedUpAt);
    }

    SignUp named(String shownAs) {
        return new SignUp(id, participantId, municipalityCode, shownAs, politician, status, sequence, signedUpAt);
    }

    public boolean active() {
        return status != Status.CANCELLED;
    }
}
