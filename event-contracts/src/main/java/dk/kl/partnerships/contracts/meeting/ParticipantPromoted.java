package dk.kl.partnerships.contracts.meeting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;

/** A seat became free (a cancellation, a larger capacity) and went to a participant on the waiting list. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantPromoted(
        String meetingId, String programmeId, String signUpId, String participantId, String municipalityCode)
        implements IntegrationEvent {

    public ParticipantPromoted {
        Require.text(meetingId, "meetingId");
        Require.text(programmeId, "programmeId");
        Require.text(signUpId, "signUpId");
        Require.text(participantId, "participantId");
        Require.text(municipalityCode, "municipalityCode");
    }

    @Override
    public String key() {
        return meetingId;
    }
}
