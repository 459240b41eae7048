package dk.kl.partnerships.contracts.billing;

/** What a billing document is. */
public enum DocumentKind {
    INVOICE,
    CREDIT_NOTE
}
