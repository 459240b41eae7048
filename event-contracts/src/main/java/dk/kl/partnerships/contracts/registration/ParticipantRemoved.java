package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;

/**
 * A named participant no longer takes part: removed, or replaced by another ({@code replacedBy}, the
 * participant registered in the same seat right after; null for a plain removal).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantRemoved(
        String enrolmentId, String programmeId, String municipalityCode, String participantId, String replacedBy)
        implements IntegrationEvent {

    public ParticipantRemoved {
        Require.text(enrolmentId, "enrolmentId");
        Require.text(programmeId, "programmeId");
        Require.text(municipalityCode, "municipalityCode");
        Require.text(participantId, "participantId");
    }

    /** A plain removal: nobody takes the participant's place. */
    public ParticipantRemoved(String enrolmentId, String programmeId, String municipalityCode, String participantId) {
        this(enrolmentId, programmeId, municipalityCode, participantId, null);
    }

    @Override
    public String key() {
        return municipalityCode;
    }
}
