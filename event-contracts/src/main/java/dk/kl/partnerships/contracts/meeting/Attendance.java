package dk.kl.partnerships.contracts.meeting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.Require;
import java.util.List;

/** The participants of one municipality who attended a meeting. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Attendance(String municipalityCode, List<String> participantIds) {

    public Attendance {
        Require.text(municipalityCode, "municipalityCode");
        participantIds = Require.list(participantIds);
    }
}
