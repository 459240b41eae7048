package dk.kl.partnerships.registration.municipality.messaging;

import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.registration.Contact;
import dk.kl.partnerships.contracts.registration.MunicipalityContactsChanged;
import dk.kl.partnerships.registration.municipality.ContactPerson;
import dk.kl.partnerships.registration.municipality.Municipality;
import dk.kl.partnerships.registration.municipality.MunicipalityContacts;
import dk.kl.partnerships.registration.municipality.MunicipalityEvent;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Municipality domain events as the published {@code registration.municipalities.v1} contracts. */
@Component
public class MunicipalityEventTranslator implements Function<MunicipalityEvent, List<? extends IntegrationEvent>> {

    @Override
    public List<? extends IntegrationEvent> apply(MunicipalityEvent event) {
        MunicipalityEvent.ContactsChanged changed = (MunicipalityEvent.ContactsChanged) event;
        Municipality municipality = changed.municipality();
        MunicipalityContacts contacts = municipality.contacts().orElse(new MunicipalityContacts(null, null, null));
        return List.of(new MunicipalityContactsChanged(
                municipality.code(),
                municipality.name(),
                contact(contacts.coordinator()),
                contact(contacts.directorsOffice()),
                contact(contacts.invoiceContact()),
                changed.changedAt()));
    }

    private static Contact contact(ContactPerson person) {
        return person == null ? null : new Contact(person.name(), person.email());
    }
}
