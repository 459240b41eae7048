package dk.kl.partnerships.registration.enrolment;

import dk.kl.partnerships.registration.municipality.BillingProfile;
import dk.kl.partnerships.registration.municipality.InvoiceAddress;

/**
 * The billing details a profile gives: what the municipality's invoices are addressed to (at
 * joining, or after a change), with its order reference and account string when it gave them.
 */
public record InvoiceRecipient(
        String ean,
        String cvr,
        String buyerReference,
        InvoiceAddress address,
        String orderReference,
        String accountingCost) {

    public static InvoiceRecipient from(BillingProfile profile) {
        return new InvoiceRecipient(
                profile.invoiceEan(),
                profile.cvr(),
                profile.buyerReference(),
                profile.address(),
                profile.orderReference(),
                profile.accountingCost());
    }
}
