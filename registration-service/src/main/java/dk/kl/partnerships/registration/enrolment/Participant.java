package dk.kl.partnerships.registration.enrolment;

import java.time.Instant;

/**
 * A named person who takes part on behalf of a municipality. Once erased ({@code erasure} not null)
 * only the id, the role and when the person was named are left: the name is {@link #ERASED_NAME},
 * the e-mail address gone.
 */
public record Participant(
        String id, String name, String email, ParticipantRole role, Instant registeredAt, ParticipantErasure erasure) {

    /** What an erased participant is shown as, wherever their name used to be. */
    public static final String ERASED_NAME = "Slettet deltager";

    public Participant(String id, String name, String email, ParticipantRole role, Instant registeredAt) {
        this(id, name, email, role, registeredAt, null);
    }

    public boolean erased() {
        return erasure != null;
    }

    /** The same participant without the e-mail address, as finance staff see them. */
    public Participant withoutEmail() {
        return new Participant(id, name, null, role, registeredAt, erasure);
    }

    Participant erase(ParticipantErasure how) {
        return new Participant(id, ERASED_NAME, null, role, registeredAt, how);
    }
}
