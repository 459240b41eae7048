package dk.kl.partnerships.billing.pdf;

import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the platform learns about a printed document. */
public sealed interface DocumentEvent {

    /**
     * The PDF of an issued invoice or credit note, with the facts a message about it needs; for a
     * credit note, the id and number are its own and {@code dueOn} is null.
     */
    record Issued(
            String id,
            String number,
            DocumentKind kind,
            String municipalityCode,
            String programmeId,
            Buyer buyer,
            LocalDate issuedOn,
            LocalDate dueOn,
            String currency,
            List<InvoiceLine> lines,
            BigDecimal netTotal,
            BigDecimal vatTotal,
            BigDecimal grossTotal,
            String fileName,
            byte[] pdf)
            implements DocumentEvent {}
}
