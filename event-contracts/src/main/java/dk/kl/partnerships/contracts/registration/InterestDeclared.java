package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.time.Instant;
import java.util.List;

/**
 * A municipality answered a programme's invitation: yes ({@code interested}) with 1–3 ranked focus
 * areas, or no. {@code late} marks an answer accepted by KL after the interest deadline.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InterestDeclared(
        String enrolmentId,
        String programmeId,
        String municipalityCode,
        String municipalityName,
        boolean interested,
        List<String> focusAreas,
        Instant declaredAt,
        boolean late)
        implements IntegrationEvent {

    public InterestDeclared {
        Require.text(enrolmentId, "enrolmentId");
        Require.text(programmeId, "programmeId");
        Require.text(municipalityCode, "municipalityCode");
        Require.text(municipalityName, "municipalityName");
        focusAreas = Require.list(focusAreas);
        Require.present(declaredAt, "declaredAt");
    }

    @Override
    public String key() {
        return municipalityCode;
    }
}
