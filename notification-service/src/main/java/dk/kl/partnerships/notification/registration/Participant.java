package dk.kl.partnerships.notification.registration;

import dk.kl.partnerships.notification.mail.Recipient;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person a municipality named for a programme: where their messages go. */
@Document("participants")
public record Participant(
        @Id String id, String programmeId, String municipalityCode, String name, String email, String role) {

    public Participant {
        email = email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public Recipient recipient() {
        return new Recipient(name, email);
    }
}
