package dk.kl.partnerships.contracts.meeting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;

/** KL cancelled a meeting before it was held. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingCancelled(String meetingId, String programmeId, String networkId, String reason)
        implements IntegrationEvent {

    public MeetingCancelled {
        Require.text(meetingId, "meetingId");
        Require.text(programmeId, "programmeId");
        Require.text(reason, "reason");
    }

    @Override
    public String key() {
        return meetingId;
    }
}
