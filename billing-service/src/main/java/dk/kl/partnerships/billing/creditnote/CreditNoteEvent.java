package dk.kl.partnerships.billing.creditnote;

/** A credit note was issued. */
public record CreditNoteEvent(CreditNote creditNote) {}
