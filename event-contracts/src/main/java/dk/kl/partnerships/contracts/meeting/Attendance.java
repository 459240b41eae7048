package dk.kl.partnerships.contracts.meeting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.Require;
import java.util.List;

/**
 * The people of one municipality who attended a meeting. {@code participantIds} are all of them,
 * walk-ins included; {@code walkInIds} are those of them who came in place of a signed-up
 * participant without being signed up themselves (they have no participant id elsewhere).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Attendance(String municipalityCode, List<String> participantIds, List<String> walkInIds) {

    public Attendance {
        Require.text(municipalityCode, "municipalityCode");
        participantIds = Require.list(participantIds);
        walkInIds = Require.list(walkInIds);
    }

    public Attendance(String municipalityCode, List<String> participantIds) {
        this(municipalityCode, participantIds, List.of());
    }
}
