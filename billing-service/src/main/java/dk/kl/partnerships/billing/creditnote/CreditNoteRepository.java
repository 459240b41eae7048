package dk.kl.partnerships.billing.creditnote;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Where credit notes are kept, numbered in their own series and announced. */
public interface CreditNoteRepository {

    Optional<CreditNote> find(String id);

    Page<CreditNote> list(String municipalityCode, Pageable page);

    /** Idempotent like invoices: a credit note already stored under the id is returned instead. */
    CreditNote issue(CreditNote creditNote);
}
