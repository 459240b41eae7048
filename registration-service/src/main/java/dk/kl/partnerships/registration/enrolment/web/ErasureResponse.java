package dk.kl.partnerships.registration.enrolment.web;

import dk.kl.partnerships.registration.enrolment.ParticipantErasing.NamedParticipant;
import dk.kl.partnerships.registration.enrolment.ParticipantErasure;
import java.time.Instant;

/** A participant as left after the erasure: who they were for, pseudonymised, and when and why. */
record ErasureResponse(
        String participantId,
        String enrolmentId,
        String programmeId,
        String municipalityCode,
        String name,
        Instant erasedAt,
        ParticipantErasure.Cause cause) {

    static ErasureResponse of(NamedParticipant erased) {
        return new ErasureResponse(
                erased.participant().id(),
                erased.enrolment().id(),
                erased.enrolment().programmeId(),
                erased.enrolment().municipalityCode(),
                erased.participant().name(),
                erased.participant().erasure().erasedAt(),
                erased.participant().erasure().cause());
    }
}
