package dk.kl.partnerships.billing.invoice;

/** The seller's fixed terms: who invoices, net payment days and the currency. */
public record InvoicingTerms(Seller seller, int paymentTermsDays, String currency) {
}
