package dk.kl.partnerships.billing.pdf;

/** What a printed document is. */
public enum DocumentKind {
    INVOICE,
    CREDIT_NOTE
}
