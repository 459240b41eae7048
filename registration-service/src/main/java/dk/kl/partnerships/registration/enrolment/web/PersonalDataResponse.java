package dk.kl.partnerships.registration.enrolment.web;

import dk.kl.partnerships.registration.enrolment.EnrolmentState;
import dk.kl.partnerships.registration.enrolment.Participant;
import dk.kl.partnerships.registration.enrolment.ParticipantErasing.NamedParticipant;
import dk.kl.partnerships.registration.programme.Programme;
import java.time.Instant;
import java.util.List;

/**
 * Everything registration keeps about a participant, and where the rest of the platform keeps what
 * it has of them (each of those services answers for its own store; none is asked from here).
 */
record PersonalDataResponse(
        Instant exportedAt, Participant participant, Enrolment enrolment, List<HeldElsewhere> heldElsewhere) {

    /** The enrolment that named the participant. */
    record Enrolment(
            String id,
            String programmeId,
            String programmeTitle,
            String municipalityCode,
            String municipalityName,
            EnrolmentState state) {}

    /** A service that keeps something of the participant, what, and until when. */
    record HeldElsewhere(String service, String what) {}

    private static final List<HeldElsewhere> ELSEWHERE = List.of(
            new HeldElsewhere(
                    "meeting-service",
                    "name and e-mail address on the municipality's roster; name on meeting sign-ups, attendance and "
                            + "course certificates (GET /api/meetings/{id} per meeting)"),
            new HeldElsewhere(
                    "notification-service", "name and e-mail address as recipient; the messages sent to the address"),
            new HeldElsewhere("evaluation-service", "meeting feedback, kept without name or e-mail address"),
            new HeldElsewhere("billing-service", "nothing: invoices name municipalities, never participants"));

    static PersonalDataResponse of(NamedParticipant found, Programme programme, Instant now) {
        var enrolment = found.enrolment();
        return new PersonalDataResponse(
                now,
                found.participant(),
                new Enrolment(
                        enrolment.id(),
                        enrolment.programmeId(),
                        programme.terms().title(),
                        enrolment.municipalityCode(),
                        enrolment.municipalityName(),
                        enrolment.state()),
                ELSEWHERE);
    }
}
