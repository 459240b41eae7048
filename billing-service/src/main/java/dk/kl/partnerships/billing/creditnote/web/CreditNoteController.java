package dk.kl.partnerships.billing.creditnote.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.creditnote.CreditNoteReading;
import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Cause;
import dk.kl.partnerships.billing.invoice.Seller;
import dk.kl.partnerships.billing.invoice.web.InvoiceResponse;
import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.kit.web.PageResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CreditNoteController {

    private final CreditNoteReading creditNotes;

    CreditNoteController(CreditNoteReading creditNotes) {
        this.creditNotes = creditNotes;
    }

    @GetMapping("/api/credit-notes")
    PageResponse<CreditNoteResponse> list(
            Caller caller,
            @RequestParam(required = false) String municipalityCode,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                creditNotes.list(
                        caller,
                        municipalityCode,
                        PageResponse.request(
                                page,
                                size,
                                Sort.by(Sort.Direction.DESC, "issuedOn").and(Sort.by("sequence")))),
                CreditNoteResponse::of);
    }

    @GetMapping("/api/credit-notes/{id}")
    CreditNoteResponse get(Caller caller, @PathVariable String id) {
        return CreditNoteResponse.of(creditNotes.get(caller, id));
    }

    record CreditNoteResponse(
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

        static CreditNoteResponse of(CreditNote note) {
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
}
