package dk.kl.partnerships.billing.correction.web;

import dk.kl.partnerships.billing.correction.Reissuing;
import dk.kl.partnerships.billing.creditnote.web.CreditNoteResponse;
import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.web.InvoiceResponse;
import dk.kl.partnerships.kit.domain.Ean;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReissueController {

    private final Reissuing reissuing;

    ReissueController(Reissuing reissuing) {
        this.reissuing = reissuing;
    }

    /**
     * KL or finance cancels an invoice and issues it anew to corrected buyer details: those in the
     * request, or the municipality's current billing profile when none are given (an outside
     * organisation's must be given).
     */
    @PostMapping("/api/invoices/{id}/reissue")
    @PreAuthorize("hasAnyRole('FINANCE', 'KL_ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ReissueResponse reissue(Caller caller, @PathVariable String id, @Valid @RequestBody ReissueRequest request) {
        Optional<Buyer> corrected = Optional.ofNullable(request.buyer()).map(ReissueRequest.BuyerRequest::buyer);
        Reissuing.Reissued reissued =
                reissuing.reissue(caller, id, corrected, request.reason().trim());
        return new ReissueResponse(
                CreditNoteResponse.of(reissued.creditNote()), InvoiceResponse.of(reissued.invoice()));
    }

    record ReissueRequest(
            @NotBlank @Size(max = 500) String reason, @Valid BuyerRequest buyer) {

        /**
         * Which of EAN, CVR and reference a buyer needs depends on whom the invoice is to (a
         * municipality needs all three; an outside organisation one of EAN and CVR), so the
         * invoicing rules check that; the form of each is checked here.
         */
        record BuyerRequest(
                @Pattern(regexp = "\\d{13}", message = "must be 13 digits")
                String ean,

                @Pattern(regexp = "\\d{8}", message = "must be 8 digits")
                String cvr,

                @Size(max = 100) String reference,
                @NotNull @Valid AddressRequest address,
                @Size(max = 100) String orderReference,
                @Size(max = 100) String accountingCost) {

            Buyer buyer() {
                if (ean != null && !Ean.isValid(ean)) {
                    throw new InvalidFieldException(
                            "buyer.ean", "must be 13 digits starting with 579 and end with a valid GS1 check digit");
                }
                return new Buyer(
                        null,
                        blankToNull(ean),
                        blankToNull(cvr),
                        blankToNull(reference),
                        new Buyer.Address(
                                address.street().trim(),
                                address.postalCode(),
                                address.city().trim(),
                                address.countryCode() == null ? "DK" : address.countryCode()),
                        blankToNull(orderReference),
                        blankToNull(accountingCost));
            }

            private static String blankToNull(String value) {
                return value == null || value.isBlank() ? null : value.trim();
            }
        }

        record AddressRequest(
                @NotBlank @Size(max = 200) String street,

                @NotBlank @Pattern(regexp = "\\d{4}", message = "must be 4 digits")
                String postalCode,

                @NotBlank @Size(max = 100) String city,

                @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code")
                String countryCode) {}
    }

    /** The credit note that cancelled the original, and the invoice that replaces it. */
    record ReissueResponse(CreditNoteResponse creditNote, InvoiceResponse invoice) {}
}
