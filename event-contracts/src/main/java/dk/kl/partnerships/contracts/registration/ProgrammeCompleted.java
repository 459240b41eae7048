package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.time.LocalDate;

/** KL completed a programme; its joined enrolments are completed with it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgrammeCompleted(String programmeId, LocalDate completedOn) implements IntegrationEvent {

    public ProgrammeCompleted {
        Require.text(programmeId, "programmeId");
        Require.present(completedOn, "completedOn");
    }

    @Override
    public String key() {
        return programmeId;
    }
}
