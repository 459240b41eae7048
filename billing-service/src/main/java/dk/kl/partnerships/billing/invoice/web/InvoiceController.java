package dk.kl.partnerships.billing.invoice.web;

import dk.kl.partnerships.billing.invoice.InvoiceReading;
import dk.kl.partnerships.billing.invoice.InvoiceStatus;
import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.kit.web.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InvoiceController {

    private final InvoiceReading invoices;

    InvoiceController(InvoiceReading invoices) {
        this.invoices = invoices;
    }

    @GetMapping("/api/invoices")
    PageResponse<InvoiceResponse> list(
            Caller caller,
            @RequestParam(required = false) String municipalityCode,
            @RequestParam(required = false) String programmeId,
            @RequestParam(required = false) InvoiceStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                invoices.list(
                        caller,
                        municipalityCode,
                        programmeId,
                        status,
                        PageResponse.request(
                                page,
                                size,
                                Sort.by(Sort.Direction.DESC, "issuedOn").and(Sort.by("sequence")))),
                InvoiceResponse::of);
    }

    @GetMapping("/api/invoices/{id}")
    InvoiceResponse get(Caller caller, @PathVariable String id) {
        return InvoiceResponse.of(invoices.get(caller, id));
    }
}
