package dk.kl.partnerships.billing.creditnote;

import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Reading credit notes: finance and KL staff see all, a municipality only its own. */
@Service
public class CreditNoteReading {

    private static final String CREDIT_NOTE = "Credit note";

    private final CreditNoteRepository repository;

    CreditNoteReading(CreditNoteRepository repository) {
        this.repository = repository;
    }

    public CreditNote get(Caller caller, String id) {
        CreditNote note = repository.find(id).orElseThrow(() -> new NotFoundException(CREDIT_NOTE, id));
        caller.requireRead(note.municipalityCode(), CREDIT_NOTE, id);
        return note;
    }

    public Page<CreditNote> list(Caller caller, String municipalityCode, Pageable page) {
        return repository.list(caller.visibleMunicipality(municipalityCode), page);
    }
}
