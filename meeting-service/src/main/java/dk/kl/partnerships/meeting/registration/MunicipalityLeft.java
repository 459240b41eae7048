package dk.kl.partnerships.meeting.registration;

import java.util.List;

/**
 * Announced within the service once a municipality's withdrawal from a programme is recorded, with
 * the participants it had named for that programme.
 */
public record MunicipalityLeft(String programmeId, String municipalityCode, List<String> participantIds) {

    public MunicipalityLeft {
        participantIds = List.copyOf(participantIds);
    }
}
