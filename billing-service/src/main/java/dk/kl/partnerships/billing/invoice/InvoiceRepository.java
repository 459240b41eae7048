package dk.kl.partnerships.billing.invoice;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.util.Optional;

/** Where invoices are kept, numbered and announced. */
public interface InvoiceRepository {

    Optional<Invoice> find(String id);

    Page<Invoice> list(String municipalityCode, InvoiceStatus status, Pageable page);

    /**
     * Stores a new invoice under the next number of its series and year, together with its event.
     * Idempotent: an invoice with the same id that is already stored is returned instead, with its
     * own number; no number is used up.
     */
    Invoice issue(Invoice invoice);
}
