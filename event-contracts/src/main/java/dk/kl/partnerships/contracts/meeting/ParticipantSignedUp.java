package dk.kl.partnerships.contracts.meeting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;

/**
 * A municipality signed one of its participants up for a meeting: with a seat ({@code CONFIRMED}),
 * or on the waiting list at {@code waitingPosition} (1 is next).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantSignedUp(
        String meetingId,
        String programmeId,
        String signUpId,
        String participantId,
        String municipalityCode,
        SignUpStatus status,
        Integer waitingPosition)
        implements IntegrationEvent {

    public ParticipantSignedUp {
        Require.text(meetingId, "meetingId");
        Require.text(programmeId, "programmeId");
        Require.text(signUpId, "signUpId");
        Require.text(participantId, "participantId");
        Require.text(municipalityCode, "municipalityCode");
        Require.present(status, "status");
    }

    @Override
    public String key() {
        return meetingId;
    }
}
