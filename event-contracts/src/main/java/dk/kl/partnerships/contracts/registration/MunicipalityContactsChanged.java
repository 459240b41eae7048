package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.time.Instant;

/**
 * A municipality's contact addresses as they now stand — the coordinator, the director's office
 * and the invoice contact; one not given is absent. Each event carries all three, so the latest
 * replaces what a consumer knew.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MunicipalityContactsChanged(
        String municipalityCode,
        String municipalityName,
        Contact coordinator,
        Contact directorsOffice,
        Contact invoiceContact,
        Instant changedAt)
        implements IntegrationEvent {

    public MunicipalityContactsChanged {
        Require.text(municipalityCode, "municipalityCode");
        Require.text(municipalityName, "municipalityName");
        Require.present(changedAt, "changedAt");
    }

    @Override
    public String key() {
        return municipalityCode;
    }
}
