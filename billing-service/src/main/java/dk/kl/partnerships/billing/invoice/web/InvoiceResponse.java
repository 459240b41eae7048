package dk.kl.partnerships.billing.invoice.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Cause;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import dk.kl.partnerships.billing.invoice.InvoiceStatus;
import dk.kl.partnerships.billing.invoice.Payment;
import dk.kl.partnerships.billing.invoice.Seller;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as finance reads it, with its settlement: payments, the credit notes against it and any
 * refund due after crediting what was paid; amounts are exact decimal strings.
 */
public record InvoiceResponse(
        String id,
        String number,
        String series,
        InvoiceStatus status,
        String municipalityCode,
        Seller seller,
        Buyer buyer,
        String programmeId,
        LocalDate issuedOn,
        LocalDate dueOn,
        String currency,
        List<Line> lines,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal netTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vatTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grossTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paidAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal outstanding,
        LocalDate paidOn,
        LocalDate overdueSince,
        String creditNoteId,
        List<String> creditNoteIds,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refundDue,
        List<PaymentResponse> payments,
        Cause cause,
        String replacesInvoiceId,
        String replacesInvoiceNumber) {

    public record Line(
            String description,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal netAmount,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vatRate) {

        public static Line of(InvoiceLine line) {
            return new Line(line.description(), line.quantity(), line.unitPrice(), line.netAmount(), line.vatRate());
        }
    }

    public record PaymentResponse(
            String reference,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            LocalDate paidOn) {

        static PaymentResponse of(Payment payment) {
            return new PaymentResponse(payment.reference(), payment.amount(), payment.paidOn());
        }
    }

    public static InvoiceResponse of(Invoice invoice) {
        return new InvoiceResponse(
                invoice.id(),
                invoice.number(),
                invoice.series(),
                invoice.status(),
                invoice.municipalityCode(),
                invoice.seller(),
                invoice.buyer(),
                invoice.programmeId(),
                invoice.issuedOn(),
                invoice.dueOn(),
                invoice.currency(),
                invoice.lines().stream().map(Line::of).toList(),
                invoice.netTotal(),
                invoice.vatTotal(),
                invoice.grossTotal(),
                invoice.paidAmount(),
                invoice.outstanding(),
                invoice.paidOn(),
                invoice.overdueSince(),
                invoice.creditNoteId(),
                invoice.creditNoteIds(),
                invoice.refundDue(),
                invoice.payments().stream().map(PaymentResponse::of).toList(),
                invoice.cause(),
                invoice.replacesInvoiceId().orElse(null),
                invoice.replacesInvoiceNumber());
    }
}
