package dk.kl.partnerships.billing.invoice;

import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Reading invoices: finance and KL staff see all, a municipality only its own. */
@Service
public class InvoiceReading {

    private static final String INVOICE = "Invoice";

    private final InvoiceRepository repository;

    InvoiceReading(InvoiceRepository repository) {
        this.repository = repository;
    }

    public Invoice get(Caller caller, String id) {
        Invoice invoice = repository.find(id).orElseThrow(() -> new NotFoundException(INVOICE, id));
        caller.requireRead(invoice.municipalityCode(), INVOICE, id);
        return invoice;
    }

    public Page<Invoice> list(
            Caller caller, String municipalityCode, String programmeId, InvoiceStatus status, Pageable page) {
        return repository.list(caller.visibleMunicipality(municipalityCode), programmeId, status, page);
    }
}
