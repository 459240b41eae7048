package dk.kl.partnerships.billing.invoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Where invoices are kept, numbered and announced. */
public interface InvoiceRepository {

    Optional<Invoice> find(String id);

    /** A page of invoices; each criterion that is null does not narrow it. */
    Page<Invoice> list(String municipalityCode, String programmeId, InvoiceStatus status, Pageable page);

    /** Unpaid invoices due before the date and not yet marked overdue, oldest due first. */
    List<Invoice> overdueCandidates(LocalDate today, int limit);

    /**
     * Stores a new invoice under the next number of its series and year, together with its event.
     * Idempotent: an invoice with the same id that is already stored is returned instead, with its
     * own number; no number is used up.
     */
    Invoice issue(Invoice invoice);

    /** Stores a change of settlement with its events, if nobody changed the invoice meanwhile. */
    Invoice update(Invoice invoice);
}
