package dk.kl.partnerships.notification.invoice;

import dk.kl.partnerships.notification.mail.Attachment;
import dk.kl.partnerships.notification.mail.Letter;
import dk.kl.partnerships.notification.mail.MailKind;
import dk.kl.partnerships.notification.mail.Mailbox;
import dk.kl.partnerships.notification.mail.Recipient;
import dk.kl.partnerships.notification.registration.ContactKeeping;
import dk.kl.partnerships.notification.registration.MunicipalityContacts;
import dk.kl.partnerships.notification.registration.ProgrammeViewRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * "Invoice issued" to the municipality's invoice contact (or its coordinator, where no invoice
 * contact is given), once billing has printed it: the e-invoice itself reaches the municipality
 * through its EAN; the message says what it is for, what is owed by when, links to it and carries
 * the invoice as PDF.
 */
@Service
public class InvoiceNotifying {

    private final ContactKeeping contacts;
    private final ProgrammeViewRepository programmes;
    private final Mailbox mailbox;

    InvoiceNotifying(ContactKeeping contacts, ProgrammeViewRepository programmes, Mailbox mailbox) {
        this.contacts = contacts;
        this.programmes = programmes;
        this.mailbox = mailbox;
    }

    public void issued(InvoiceNotice invoice) {
        Optional<MunicipalityContacts> municipality = contacts.of(invoice.municipalityCode());
        if (municipality.isEmpty() || municipality.get().invoiceRecipients().isEmpty()) {
            mailbox.notNeeded(MailKind.INVOICE_ISSUED, invoice.invoiceId(), "the municipality has no invoice contact");
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("invoice", invoice.model());
        model.put("municipality", municipality.get().model());
        programmes.findById(invoice.programmeId()).ifPresent(p -> model.put("programme", p.model()));
        List<Attachment> pdf = List.of(new Attachment(
                invoice.document().fileName(),
                invoice.document().contentType(),
                invoice.document().content()));
        for (Recipient recipient : municipality.get().invoiceRecipients()) {
            mailbox.post(new Letter(
                    MailKind.INVOICE_ISSUED,
                    invoice.invoiceId(),
                    "invoice:" + invoice.invoiceId(),
                    recipient,
                    model,
                    pdf));
        }
    }
}
