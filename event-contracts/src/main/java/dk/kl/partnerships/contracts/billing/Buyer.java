package dk.kl.partnerships.contracts.billing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.Require;

/** The invoiced municipality as the invoice names it: EAN (GLN), CVR and the buyer reference to quote. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Buyer(String name, String ean, String cvr, String reference, PostalAddress address) {

    public Buyer {
        Require.text(name, "name");
        Require.text(ean, "ean");
        Require.text(cvr, "cvr");
        Require.text(reference, "reference");
        Require.present(address, "address");
    }
}
