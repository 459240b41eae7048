package dk.kl.partnerships.billing.payment;

import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceRepository;
import dk.kl.partnerships.billing.invoice.Payment;
import dk.kl.partnerships.kit.domain.ConflictRetry;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.error.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Finance registers payments against invoices and billing notices what is overdue. An invoice
 * whose payments reach its gross total is paid ({@code InvoicePaid}); one still unpaid after its due
 * date is overdue ({@code InvoiceOverdue}), once.
 */
@Service
public class PaymentTracking {

    private static final Logger log = LoggerFactory.getLogger(PaymentTracking.class);
    private static final int BATCH = 100;

    private final InvoiceRepository invoices;
    private final Clock clock;

    PaymentTracking(InvoiceRepository invoices, Clock clock) {
        this.invoices = invoices;
        this.clock = clock;
    }

    /**
     * The same tracking reading the time from another clock: payments of a history brought in
     * afterwards are recorded on the days they were made, and what is overdue is judged by that time.
     */
    public PaymentTracking withClock(Clock other) {
        return new PaymentTracking(invoices, other);
    }

    public Invoice register(String invoiceId, BigDecimal amount, LocalDate paidOn, String reference) {
        if (paidOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("paidOn", "must not be in the future");
        }
        return ConflictRetry.run(() -> {
            Invoice invoice = invoices.find(invoiceId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
            boolean registered = invoice.registerPayment(new Payment(reference, amount, paidOn, clock.instant()));
            return registered ? invoices.update(invoice) : invoice;
        });
    }

    /** Marks every unpaid invoice past its due date overdue, in batches; safe to run anywhere, any time. */
    public int markOverdue() {
        LocalDate today = LocalDate.now(clock);
        int marked = 0;
        List<Invoice> candidates;
        do {
            candidates = invoices.overdueCandidates(today, BATCH);
            for (Invoice candidate : candidates) {
                Invoice overdue = ConflictRetry.run(() -> {
                    Invoice current = invoices.find(candidate.id()).orElseThrow();
                    return current.markOverdue(today) ? invoices.update(current) : current;
                });
                if (overdue.overdueSince() != null) {
                    marked++;
                }
            }
        } while (candidates.size() == BATCH);
        if (marked > 0) {
            log.info("{} invoices are overdue", marked);
        }
        return marked;
    }
}
