package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.time.LocalDate;

/** The council approved the agreement: the municipality takes part in the programme and owes its price. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MunicipalityJoined(
        String enrolmentId,
        String programmeId,
        String municipalityCode,
        String municipalityName,
        LocalDate joinedOn,
        CouncilDecision councilDecision,
        BillingDetails billing)
        implements IntegrationEvent {

    public MunicipalityJoined {
        Require.text(enrolmentId, "enrolmentId");
        Require.text(programmeId, "programmeId");
        Require.text(municipalityCode, "municipalityCode");
        Require.text(municipalityName, "municipalityName");
        Require.present(joinedOn, "joinedOn");
        Require.present(councilDecision, "councilDecision");
        Require.present(billing, "billing");
    }

    @Override
    public String key() {
        return municipalityCode;
    }
}
