package dk.kl.partnerships.notification.registration.messaging;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.Contact;
import dk.kl.partnerships.contracts.registration.InterestDeclared;
import dk.kl.partnerships.contracts.registration.MunicipalityContactsChanged;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.contracts.registration.ParticipantErased;
import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.contracts.registration.ProgrammeCompleted;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import dk.kl.partnerships.notification.mail.Recipient;
import dk.kl.partnerships.notification.registration.ContactKeeping;
import dk.kl.partnerships.notification.registration.Inviting;
import dk.kl.partnerships.notification.registration.MunicipalityContacts;
import dk.kl.partnerships.notification.registration.Participant;
import dk.kl.partnerships.notification.registration.ParticipantKeeping;
import dk.kl.partnerships.notification.registration.ProgrammeView;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Registration's programmes, enrolments and municipalities: invitations, who has answered, the
 * participants and the municipalities' contact addresses.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> onProgrammeEvent(EventConsumers consumers, Inviting invitations) {
        return consumers
                .of(Topic.PROGRAMMES)
                .on(
                        ProgrammePublished.class,
                        (event, metadata) -> invitations.published(new ProgrammeView(
                                event.programmeId(),
                                event.kind().name(),
                                event.title(),
                                event.startsOn(),
                                event.endsOn(),
                                event.interestDeadline(),
                                event.approvalDeadline(),
                                false)))
                .on(ProgrammeCompleted.class, (event, metadata) -> invitations.completed(event.programmeId()))
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> onEnrolmentEvent(
            EventConsumers consumers, Inviting invitations, ParticipantKeeping participants) {
        return consumers
                .of(Topic.ENROLMENTS)
                .on(
                        InterestDeclared.class,
                        (event, metadata) -> invitations.interestDeclared(
                                event.programmeId(), event.municipalityCode(), event.interested()))
                .on(
                        MunicipalityJoined.class,
                        (event, metadata) -> invitations.joined(event.programmeId(), event.municipalityCode()))
                .on(
                        MunicipalityWithdrew.class,
                        (event, metadata) -> invitations.withdrew(event.programmeId(), event.municipalityCode()))
                .on(
                        ParticipantRegistered.class,
                        (event, metadata) -> participants.registered(new Participant(
                                event.participantId(),
                                event.programmeId(),
                                event.municipalityCode(),
                                event.name(),
                                event.email(),
                                event.role().name())))
                .on(
                        ParticipantErased.class,
                        (event, metadata) -> participants.erased(event.participantId(), event.erasedAt()))
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> onMunicipalityEvent(EventConsumers consumers, ContactKeeping contacts) {
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
