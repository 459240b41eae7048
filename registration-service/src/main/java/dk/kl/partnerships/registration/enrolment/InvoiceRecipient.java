package dk.kl.partnerships.registration.enrolment;

import dk.kl.partnerships.registration.municipality.BillingProfile;
import dk.kl.partnerships.registration.municipality.InvoiceAddress;

/** The billing details in force when the municipality joined: what its invoices are addressed to. */
public record InvoiceRecipient(String ean, String cvr, String buyerReference, InvoiceAddress address) {

    static InvoiceRecipient from(BillingProfile profile) {
        return new InvoiceRecipient(profile.invoiceEan(), profile.cvr(), profile.buyerReference(), profile.address());
    }
}
