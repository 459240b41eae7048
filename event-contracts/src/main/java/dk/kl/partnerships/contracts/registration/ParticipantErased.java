package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.time.Instant;

/**
 * A participant's personal data is erased (GDPR): every service removes or pseudonymises the name
 * and e-mail address it keeps for {@code participantId}, and mails or signs up the participant no
 * more. What happened stays: counts, sign-ups and attendance keep referring to the participant id.
 * The event itself carries no personal data; the reason stays with registration.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantErased(
        String enrolmentId,
        String programmeId,
        String municipalityCode,
        String participantId,
        ErasureCause cause,
        Instant erasedAt)
        implements IntegrationEvent {

    public ParticipantErased {
        Require.text(enrolmentId, "enrolmentId");
        Require.text(programmeId, "programmeId");
        Require.text(municipalityCode, "municipalityCode");
        Require.text(participantId, "participantId");
        Require.present(cause, "cause");
        Require.present(erasedAt, "erasedAt");
    }

    @Override
    public String key() {
        return municipalityCode;
    }

    /** REQUEST: KL erased on the municipality's request; RETENTION: the retention period after the programme ended ran out. */
    public enum ErasureCause {
        REQUEST,
        RETENTION
    }
}
