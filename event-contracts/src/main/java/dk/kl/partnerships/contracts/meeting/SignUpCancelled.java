package dk.kl.partnerships.contracts.meeting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;

/**
 * A participant's sign-up was cancelled — by the municipality or KL, or because the municipality
 * withdrew or removed the participant. {@code hadSeat} tells a confirmed seat from a waiting place.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignUpCancelled(
        String meetingId,
        String programmeId,
        String signUpId,
        String participantId,
        String municipalityCode,
        boolean hadSeat)
        implements IntegrationEvent {

    public SignUpCancelled {
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
