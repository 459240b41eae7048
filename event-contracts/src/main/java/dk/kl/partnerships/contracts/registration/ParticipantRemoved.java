package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;

/** A named participant no longer takes part (removed, or replaced by another). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantRemoved(String enrolmentId, String programmeId, String municipalityCode, String participantId)
        implements IntegrationEvent {

    public ParticipantRemoved {
        Require.text(enrolmentId, "enrolmentId");
        Require.text(programmeId, "programmeId");
        Require.text(municipalityCode, "municipalityCode");
        Require.text(participantId, "participantId");
    }

    @Override
    public String key() {
        return municipalityCode;
    }
}
