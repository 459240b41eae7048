package dk.kl.partnerships.billing.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What finance systems learn about an invoice, as facts complete in themselves. {@code
 * organisationId} names a guest organisation invoiced for its guests at a meeting (no municipality).
 */
public sealed interface InvoiceEvent {

    String invoiceId();

    /**
     * The invoice took its number in the series: this is its content, which never changes. A
     * re-issued invoice names the one it replaces.
     */
    record Issued(
            String invoiceId,
            String number,
            String series,
            String municipalityCode,
            Buyer buyer,
            String programmeId,
            LocalDate issuedOn,
            LocalDate dueOn,
            String currency,
            List<InvoiceLine> lines,
            BigDecimal netTotal,
            BigDecimal vatTotal,
            BigDecimal grossTotal,
            Cause cause,
            String replacesInvoiceId,
            String replacesInvoiceNumber,
            String organisationId)
            implements InvoiceEvent {}

    /** Payments added up to the gross total. */
    record Paid(
            String invoiceId,
            String number,
            String municipalityCode,
            LocalDate paidOn,
            BigDecimal paidAmount,
            String currency,
            String organisationId)
            implements InvoiceEvent {}

    /** Unpaid past its due date, found so on {@code overdueSince}. */
    record Overdue(
            String invoiceId,
            String number,
            String municipalityCode,
            LocalDate dueOn,
            BigDecimal outstanding,
            String currency,
            LocalDate overdueSince,
            String organisationId)
            implements InvoiceEvent {}

    /**
     * A credit note took off a paid invoice more than is still owed: {@code amount} is due back
     * because of it, {@code totalRefundDue} all that is due back on the invoice.
     */
    record RefundDue(
            String invoiceId,
            String number,
            String municipalityCode,
            String creditNoteId,
            BigDecimal amount,
            BigDecimal totalRefundDue,
            String currency,
            String organisationId)
            implements InvoiceEvent {}
}
