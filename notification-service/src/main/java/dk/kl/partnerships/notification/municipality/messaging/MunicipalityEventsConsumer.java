package dk.kl.partnerships.notification.municipality.messaging;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.Contact;
import dk.kl.partnerships.contracts.registration.MunicipalityContactsChanged;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import dk.kl.partnerships.notification.mail.Recipient;
import dk.kl.partnerships.notification.municipality.Contacts;
import dk.kl.partnerships.notification.municipality.MunicipalityContacts;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Registration's announcements of the municipalities' contact addresses. */
@Configuration(proxyBeanMethods = false)
class MunicipalityEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> onMunicipalityEvent(EventConsumers consumers, Contacts contacts) {
        return consumers
                .of(Topic.MUNICIPALITIES)
                .on(
                        MunicipalityContactsChanged.class,
                        (event, metadata) -> contacts.changed(new MunicipalityContacts(
                                event.municipalityCode(),
                                event.municipalityName(),
                                recipient(event.coordinator()),
                                recipient(event.directorsOffice()),
                                recipient(event.invoiceContact()),
                                event.changedAt())))
                .build();
    }

    private static Recipient recipient(Contact contact) {
        return contact == null ? null : new Recipient(contact.name(), contact.email());
    }
}
