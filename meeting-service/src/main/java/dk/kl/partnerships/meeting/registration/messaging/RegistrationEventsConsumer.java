package dk.kl.partnerships.meeting.registration.messaging;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.contracts.registration.NetworkChanged;
import dk.kl.partnerships.contracts.registration.NetworkFormed;
import dk.kl.partnerships.contracts.registration.ParticipantErased;
import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.contracts.registration.ParticipantRemoved;
import dk.kl.partnerships.contracts.registration.ParticipantRole;
import dk.kl.partnerships.contracts.registration.ProgrammeCompleted;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import dk.kl.partnerships.meeting.registration.NetworkView;
import dk.kl.partnerships.meeting.registration.Person;
import dk.kl.partnerships.meeting.registration.ProgrammeView;
import dk.kl.partnerships.meeting.registration.Rostering;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Registration's events, each kept by one use case as local knowledge of who may attend what. */
@Configuration(proxyBeanMethods = false)
class RegistrationEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> onProgrammeEvent(EventConsumers consumers, Rostering knowledge) {
        return consumers
                .of(Topic.PROGRAMMES)
                .on(
                        ProgrammePublished.class,
                        (event, metadata) -> knowledge.programmePublished(new ProgrammeView(
                                event.programmeId(),
                                event.kind().name(),
                                event.title(),
                                event.startsOn(),
                                event.endsOn(),
                                false)))
                .on(ProgrammeCompleted.class, (event, metadata) -> knowledge.programmeCompleted(event.programmeId()))
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> onEnrolmentEvent(EventConsumers consumers, Rostering knowledge) {
        return consumers
                .of(Topic.ENROLMENTS)
                .on(
                        MunicipalityJoined.class,
                        (event, metadata) -> knowledge.joined(
                                event.enrolmentId(),
                                event.programmeId(),
                                event.municipalityCode(),
                                event.municipalityName()))
                .on(
                        MunicipalityWithdrew.class,
                        (event, metadata) ->
                                knowledge.withdrew(event.enrolmentId(), event.programmeId(), event.municipalityCode()))
                .on(
                        ParticipantRegistered.class,
                        (event, metadata) -> knowledge.participantRegistered(
                                event.enrolmentId(),
                                event.programmeId(),
                                event.municipalityCode(),
                                new Person(
                                        event.participantId(),
                                        event.name(),
                                        event.email(),
                                        event.role() == ParticipantRole.POLITICIAN),
                                event.replaces()))
                .on(
                        ParticipantRemoved.class,
                        (event, metadata) -> knowledge.participantRemoved(
                                event.enrolmentId(),
                                event.programmeId(),
                                event.municipalityCode(),
                                event.participantId(),
                                event.replacedBy()))
                .on(
                        ParticipantErased.class,
                        (event, metadata) -> knowledge.participantErased(
                                event.enrolmentId(),
                                event.programmeId(),
                                event.municipalityCode(),
                                event.participantId()))
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> onNetworkEvent(EventConsumers consumers, Rostering knowledge) {
        return consumers
                .of(Topic.NETWORKS)
                .on(
                        NetworkFormed.class,
                        (event, metadata) -> knowledge.networkFormed(new NetworkView(
                                event.networkId(), event.programmeId(), event.name(), event.municipalityCodes(), 0)))
                .on(
                        NetworkChanged.class,
                        (event, metadata) -> knowledge.networkChanged(
                                new NetworkView(
                                        event.networkId(),
                                        event.programmeId(),
                                        event.name(),
                                        event.municipalityCodes(),
                                        event.revision()),
                                event.change().municipalityCode()))
                .build();
    }
}
