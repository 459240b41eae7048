package dk.kl.partnerships.evaluation.registration.messaging;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.contracts.registration.NetworkChanged;
import dk.kl.partnerships.contracts.registration.NetworkFormed;
import dk.kl.partnerships.contracts.registration.ProgrammeCompleted;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.evaluation.registration.NetworkView;
import dk.kl.partnerships.evaluation.registration.ParticipationTracking;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Registration's events, each recorded by one use case; the self-evaluations concerned follow. */
@Configuration(proxyBeanMethods = false)
class RegistrationEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> onProgrammeEvent(EventConsumers consumers, ParticipationTracking programmes) {
        return consumers
                .of(Topic.PROGRAMMES)
                .on(
                        ProgrammePublished.class,
                        (event, metadata) -> programmes.published(
                                event.programmeId(),
                                event.kind().name(),
                                event.title(),
                                event.theme(),
                                event.startsOn(),
                                event.endsOn(),
                                event.frameworkKey()))
                .on(
                        ProgrammeCompleted.class,
                        (event, metadata) -> programmes.completed(event.programmeId(), event.completedOn()))
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> onEnrolmentEvent(EventConsumers consumers, ParticipationTracking programmes) {
        return consumers
                .of(Topic.ENROLMENTS)
                .on(
                        MunicipalityJoined.class,
                        (event, metadata) -> programmes.joined(
                                event.enrolmentId(), event.programmeId(), event.municipalityCode(), event.joinedOn()))
                .on(
                        MunicipalityWithdrew.class,
                        (event, metadata) -> programmes.withdrew(
                                event.enrolmentId(),
                                event.programmeId(),
                                event.municipalityCode(),
                                event.withdrawnOn()))
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> onNetworkEvent(EventConsumers consumers, ParticipationTracking programmes) {
        return consumers
                .of(Topic.NETWORKS)
                .on(
                        NetworkFormed.class,
                        (event, metadata) -> programmes.networkFormed(new NetworkView(
                                event.networkId(), event.programmeId(), event.name(), event.municipalityCodes(), 0)))
                .on(
                        NetworkChanged.class,
                        (event, metadata) -> programmes.networkChanged(new NetworkView(
                                event.networkId(),
                                event.programmeId(),
                                event.name(),
                                event.municipalityCodes(),
                                event.revision())))
                .build();
    }
}
