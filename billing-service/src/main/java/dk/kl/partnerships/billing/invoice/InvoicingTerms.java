package dk.kl.partnerships.billing.invoice;

import java.math.BigDecimal;

/**
 * The seller's fixed terms: who invoices, net payment days, the currency, and the VAT rate for
 * charges whose programme billing does not know.
 */
public record InvoicingTerms(Seller seller, int paymentTermsDays, String currency, BigDecimal defaultVatRate) {}
