package dk.kl.partnerships.billing.payment.web;

import dk.kl.partnerships.billing.invoice.web.InvoiceResponse;
import dk.kl.partnerships.billing.payment.PaymentTracking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PaymentController {

    private final PaymentTracking payments;

    PaymentController(PaymentTracking payments) {
        this.payments = payments;
    }

    /** Finance registers money received; partial payments add up, an overpayment is refused. */
    @PostMapping("/api/invoices/{id}/payments")
    @PreAuthorize("hasRole('FINANCE')")
    InvoiceResponse register(@PathVariable String id, @Valid @RequestBody PaymentRequest request) {
        return InvoiceResponse.of(payments.register(
                id, request.amount(), request.paidOn(), request.reference().trim()));
    }

    record PaymentRequest(
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2)
            BigDecimal amount,

            @NotNull LocalDate paidOn,
            @NotBlank @Size(max = 100) String reference) {}
}
