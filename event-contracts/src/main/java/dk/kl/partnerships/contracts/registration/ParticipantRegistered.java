package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;

/**
 * A municipality named a participant for a programme, as a new person or in the place of one it
 * replaced ({@code replaces}: the participant removed right before; null for a new seat).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantRegistered(
        String enrolmentId,
        String programmeId,
        String municipalityCode,
        String participantId,
        String name,
        String email,
        ParticipantRole role,
        String replaces)
        implements IntegrationEvent {

    public ParticipantRegistered {
        Require.text(enrolmentId, "enrolmentId");
        Require.text(programmeId, "programmeId");
        Require.text(municipalityCode, "municipalityCode");
        Require.text(participantId, "participantId");
        Require.text(name, "name");
        Require.text(email, "email");
        Require.present(role, "role");
    }

    /** A participant in a new seat, replacing nobody. */
    public ParticipantRegistered(
            String enrolmentId,
            String programmeId,
            String municipalityCode,
            String participantId,
            String name,
            String email,
            ParticipantRole role) {
        this(enrolmentId, programmeId, municipalityCode, participantId, name, email, role, null);
    }

    @Override
    public String key() {
        return municipalityCode;
    }
}
