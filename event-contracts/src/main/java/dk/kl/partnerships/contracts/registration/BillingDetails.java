package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.Require;

/**
 * Where a municipality receives e-invoices: the EAN (GLN) of the receiving unit, the
 * municipality's CVR number, the buyer reference to quote, the invoice address and, when the
 * municipality gave them, the order reference and the account string (konteringsstreng) to quote
 * on its invoices (left out otherwise).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BillingDetails(
        String ean,
        String cvr,
        String buyerReference,
        PostalAddress address,
        String orderReference,
        String accountingCost) {

    public BillingDetails {
        Require.text(ean, "ean");
        Require.text(cvr, "cvr");
        Require.text(buyerReference, "buyerReference");
        Require.present(address, "address");
    }
}
