package dk.kl.partnerships.billing.invoice;

/** ISSUED until its payments settle it (PAID) or a credit note cancels it (CREDITED). */
public enum InvoiceStatus {
    ISSUED,
    PAID,
    CREDITED
}
