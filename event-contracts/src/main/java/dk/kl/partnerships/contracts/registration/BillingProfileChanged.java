package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.time.Instant;

/**
 * A municipality's billing profile as it now stands: where its invoices go from now on (the EAN of
 * the receiving unit, CVR, buyer reference and invoice address). Each event carries the whole
 * profile, so the latest replaces what a consumer knew; {@code changedAt} orders it against the
 * billing details a {@link MunicipalityJoined} carried.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BillingProfileChanged(
        String municipalityCode, String municipalityName, BillingDetails billing, Instant changedAt)
        implements IntegrationEvent {

    public BillingProfileChanged {
        Require.text(municipalityCode, "municipalityCode");
        Require.text(municipalityName, "municipalityName");
        Require.present(billing, "billing");
        Require.present(changedAt, "changedAt");
    }

    @Override
    public String key() {
        return municipalityCode;
    }
}
