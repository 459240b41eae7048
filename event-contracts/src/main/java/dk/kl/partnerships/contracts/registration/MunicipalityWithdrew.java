package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.time.LocalDate;

/** A municipality left a programme it had joined (or declared interest in). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MunicipalityWithdrew(
        String enrolmentId, String programmeId, String municipalityCode, LocalDate withdrawnOn, String reason)
        implements IntegrationEvent {

    public MunicipalityWithdrew {
        Require.text(enrolmentId, "enrolmentId");
        Require.text(programmeId, "programmeId");
        Require.text(municipalityCode, "municipalityCode");
        Require.present(withdrawnOn, "withdrawnOn");
        Require.text(reason, "reason");
    }

    @Override
    public String key() {
        return municipalityCode;
    }
}
