package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.Require;

/**
 * Where a municipality receives e-invoices: the EAN (GLN) of the receiving unit, the
 * municipality's CVR number, the buyer reference to quote, and the invoice address.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BillingDetails(String ean, String cvr, String buyerReference, PostalAddress address) {

    public BillingDetails {
        Require.text(ean, "ean");
        Require.text(cvr, "cvr");
        Require.text(buyerReference, "buyerReference");
        Require.present(address, "address");
    }
}
