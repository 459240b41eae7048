package dk.kl.partnerships.notification.registration;

import dk.kl.partnerships.notification.mail.Recipient;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A municipality's contact addresses, as registration last announced them; absent ones are null. */
@Document("municipalities")
public record MunicipalityContacts(
        @Id String code,
        String name,
        Recipient coordinator,
        Recipient directorsOffice,
        Recipient invoiceContact,
        Instant changedAt) {

    /** Whom KL's letters about a programme go to: the coordinator and the director's office. */
    public List<Recipient> leadership() {
        Set<Recipient> recipients = new LinkedHashSet<>();
        Stream.of(coordinator, directorsOffice).filter(Objects::nonNull).forEach(recipients::add);
        return List.copyOf(recipients);
    }

    /** Whom an invoice goes to: the invoice contact, or the coordinator where none is given. */
    public List<Recipient> invoiceRecipients() {
        return Stream.of(invoiceContact, coordinator)
                .filter(Objects::nonNull)
                .limit(1)
                .toList();
    }

    /** The municipality as the templates see it ({@code ${municipality.name}}). */
    public Map<String, Object> model() {
        return Map.of("code", code, "name", name);
    }

    MunicipalityContacts without(String email) {
        return new MunicipalityContacts(
                code,
                name,
                unless(coordinator, email),
                unless(directorsOffice, email),
                unless(invoiceContact, email),
                changedAt);
    }

    private static Recipient unless(Recipient recipient, String email) {
        return recipient == null || recipient.email().equals(email) ? null : recipient;
    }
}
