package dk.kl.partnerships.notification.programme.messaging;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.InterestDeclared;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.contracts.registration.ProgrammeCompleted;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import dk.kl.partnerships.notification.participant.Participant;
import dk.kl.partnerships.notification.participant.Participants;
import dk.kl.partnerships.notification.programme.Invitations;
import dk.kl.partnerships.notification.programme.ProgrammeView;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Registration's programmes and enrolments: invitations, who has answered, the participants. */
@Configuration(proxyBeanMethods = false)
class RegistrationEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> onProgrammeEvent(EventConsumers consumers, Invitations invitations) {
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
            EventConsumers consumers, Invitations invitations, Participants participants) {
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
                .build();
    }
}
