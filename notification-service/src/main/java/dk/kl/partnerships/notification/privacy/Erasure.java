package dk.kl.partnerships.notification.privacy;

import dk.kl.partnerships.notification.mail.Mailbox;
import dk.kl.partnerships.notification.registration.ContactKeeping;
import dk.kl.partnerships.notification.registration.ParticipantKeeping;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * A person's erasure (GDPR): everything this service keeps about an address — as a participant,
 * as a municipality's contact, the messages sent to it and what it turned off — is removed. These
 * are the only places the service keeps personal data.
 */
@Service
public class Erasure {

    private final ParticipantKeeping participants;
    private final ContactKeeping contacts;
    private final Mailbox mailbox;

    Erasure(ParticipantKeeping participants, ContactKeeping contacts, Mailbox mailbox) {
        this.participants = participants;
        this.contacts = contacts;
        this.mailbox = mailbox;
    }

    public void erase(String email) {
        String address = email.trim().toLowerCase(Locale.ROOT);
        participants.erase(address);
        contacts.erase(address);
        mailbox.erase(address);
    }
}
