package dk.kl.partnerships.meeting.schedule;

import java.time.Instant;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * A place at a meeting: confirmed, on the waiting list (in {@code sequence} order), or cancelled.
 * A participant's belongs to their municipality; an outside guest's has no municipality but the
 * guest's {@code email} and {@code organisation}, and its {@code participantId} is the guest's id.
 */
public record SignUp(
        String id,
        String participantId,
        String municipalityCode,
        String name,
        boolean politician,
        Status status,
        long sequence,
        Instant signedUpAt,
        String email,
        GuestOrganisation organisation) {

    @PersistenceCreator
    public SignUp {}

    public enum Status {
        CONFIRMED,
        WAITING,
        CANCELLED
    }

    SignUp(
            String id,
            String participantId,
            String municipalityCode,
            String name,
            boolean politician,
            Status status,
            long sequence,
            Instant signedUpAt) {
        this(id, participantId, municipalityCode, name, politician, status, sequence, signedUpAt, null, null);
    }

    static SignUp ofGuest(String id, String guestId, Guest guest, Status status, long sequence, Instant now) {
        return new SignUp(
                id, guestId, null, guest.name(), false, status, sequence, now, guest.email(), guest.organisation());
    }

    SignUp with(Status newStatus) {
        return new SignUp(
                id,
                participantId,
                municipalityCode,
                name,
                politician,
                newStatus,
                sequence,
                signedUpAt,
                email,
                organisation);
    }

    SignUp named(String shownAs) {
        return new SignUp(
                id,
                participantId,
                municipalityCode,
                shownAs,
                politician,
                status,
                sequence,
                signedUpAt,
                email,
                organisation);
    }

    public boolean active() {
        return status != Status.CANCELLED;
    }

    /** An outside guest's, not a municipality's participant's. */
    public boolean guest() {
        return organisation != null;
    }
}
