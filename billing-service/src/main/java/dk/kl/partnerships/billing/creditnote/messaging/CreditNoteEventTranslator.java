package dk.kl.partnerships.billing.creditnote.messaging;

import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.creditnote.CreditNoteEvent;
import dk.kl.partnerships.billing.invoice.messaging.InvoiceEventTranslator;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.billing.Cause;
import dk.kl.partnerships.contracts.billing.CreditNoteIssued;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** An issued credit note as {@code CreditNoteIssued} on the finance stream. */
@Component
public class CreditNoteEventTranslator implements Function<CreditNoteEvent, List<? extends IntegrationEvent>> {

    @Override
    public List<? extends IntegrationEvent> apply(CreditNoteEvent event) {
        CreditNote note = event.creditNote();
        return List.of(new CreditNoteIssued(
                note.id(),
                note.number(),
                note.series(),
                note.municipalityCode(),
                InvoiceEventTranslator.buyer(note.buyer()),
                note.programmeId(),
                note.issuedOn(),
                note.currency(),
                InvoiceEventTranslator.lines(note.lines()),
                note.netTotal(),
                note.vatTotal(),
                note.grossTotal(),
                note.creditedInvoiceId(),
                note.creditedInvoiceNumber(),
                note.reason(),
                new Cause(note.cause().eventType(), note.cause().eventId())));
    }
}
