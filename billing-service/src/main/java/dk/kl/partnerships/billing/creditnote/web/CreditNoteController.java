package dk.kl.partnerships.billing.creditnote.web;

import dk.kl.partnerships.billing.creditnote.CreditNoteReading;
import dk.kl.partnerships.billing.creditnote.Crediting;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.kit.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CreditNoteController {

    private final CreditNoteReading creditNotes;
    private final Crediting crediting;

    CreditNoteController(CreditNoteReading creditNotes, Crediting crediting) {
        this.creditNotes = creditNotes;
        this.crediting = crediting;
    }

    /**
     * KL or finance corrects an invoice: a credit note with a reason, for the given lines (numbered
     * from 1, each with the quantity credited) or, with no lines, for all that is still uncredited.
     */
    @PostMapping("/api/invoices/{id}/credit-notes")
    @PreAuthorize("hasAnyRole('FINANCE', 'KL_ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    CreditNoteResponse credit(Caller caller, @PathVariable String id, @Valid @RequestBody CreditRequest request) {
        Map<Integer, BigDecimal> quantities = new TreeMap<>();
        List<CreditRequest.CreditedLine> lines = request.lines() == null ? List.of() : request.lines();
        for (int i = 0; i < lines.size(); i++) {
            CreditRequest.CreditedLine line = lines.get(i);
            if (quantities.put(line.line() - 1, line.quantity()) != null) {
                throw new InvalidFieldException("lines[" + i + "].line", "names line " + line.line() + " twice");
            }
        }
        return CreditNoteResponse.of(crediting.creditOnRequest(
                caller, id, quantities, request.reason().trim()));
    }

    record CreditRequest(
            @NotBlank @Size(max = 500) String reason,
            @Valid @Size(max = 100) List<CreditedLine> lines) {

        record CreditedLine(
                @NotNull @Min(1) Integer line,

                @NotNull @DecimalMin("0.01") @Digits(integer = 9, fraction = 2)
                BigDecimal quantity) {}
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
}
