package dk.kl.partnerships.contracts.billing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.Require;

/**
 * The invoiced municipality, or guest organisation, as the invoice names it: EAN (GLN), CVR and the
 * buyer reference to quote. A municipality has both numbers; a guest organisation may have one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Buyer(String name, String ean, String cvr, String reference, PostalAddress address) {

    public Buyer {
        Require.text(name, "name");
        if ((ean == null || ean.isBlank()) && (cvr == null || cvr.isBlank())) {
            throw new IllegalArgumentException("ean or cvr is required");
        }
        Require.text(reference, "reference");
        Require.present(address, "address");
    }
}
