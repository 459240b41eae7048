package dk.kl.partnerships.billing.creditnote;

import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Cause;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What finance systems learn about a credit note, as facts complete in themselves. */
public sealed interface CreditNoteEvent {

    /** The credit note took its number in its series; it credits the whole invoice named. */
    record Issued(
            String creditNoteId,
            String number,
            String series,
            String municipalityCode,
            Buyer buyer,
            String programmeId,
            LocalDate issuedOn,
            String currency,
            List<InvoiceLine> lines,
            BigDecimal netTotal,
            BigDecimal vatTotal,
            BigDecimal grossTotal,
            String creditedInvoiceId,
            String creditedInvoiceNumber,
            String reason,
            Cause cause,
            String organisationId)
            implements CreditNoteEvent {}
}
