package dk.kl.partnerships.billing.creditnote.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Cause;
import dk.kl.partnerships.billing.invoice.Seller;
import dk.kl.partnerships.billing.invoice.web.InvoiceResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A credit note as finance reads it. */
public record CreditNoteResponse(
        String id,
        String number,
        String series,
        String municipalityCode,
        Seller seller,
        Buyer buyer,
        String programmeId,
        LocalDate issuedOn,
        String currency,
        List<InvoiceResponse.Line> lines,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal netTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vatTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grossTotal,
        String creditedInvoiceId,
        String creditedInvoiceNumber,
        String reason,
        Cause cause) {

    public static CreditNoteResponse of(CreditNote note) {
        return new CreditNoteResponse(
                note.id(),
                note.number(),
                note.series(),
                note.municipalityCode(),
                note.seller(),
                note.buyer(),
                note.programmeId(),
                note.issuedOn(),
                note.currency(),
                note.lines().stream().map(InvoiceResponse.Line::of).toList(),
                note.netTotal(),
                note.vatTotal(),
                note.grossTotal(),
                note.creditedInvoiceId(),
                note.creditedInvoiceNumber(),
                note.reason(),
                note.cause());
    }
}
