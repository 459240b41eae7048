package dk.kl.partnerships.registration.network.messaging;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.contracts.registration.NetworkChanged;
import dk.kl.partnerships.contracts.registration.NetworkFormed;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import dk.kl.partnerships.registration.network.NetworkChange;
import dk.kl.partnerships.registration.network.NetworkForming;
import dk.kl.partnerships.registration.network.NetworkHistory;
import dk.kl.partnerships.registration.network.NetworkHistoryEntry;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Registration's own published events that networks follow. Done from the events rather than in
 * the same request, so that a withdrawal and a network change each stay one atomic write and what
 * follows from them happens reliably, even across a crash.
 */
@Configuration(proxyBeanMethods = false)
class NetworkEventsConsumer {

    /** A municipality that withdraws from a programme leaves its network. */
    @Bean
    Consumer<Message<byte[]>> onOwnEnrolmentEvent(EventConsumers consumers, NetworkForming networks) {
        return consumers
                .of(Topic.ENROLMENTS)
                .on(
                        MunicipalityWithdrew.class,
                        (event, metadata) ->
                                networks.withdrew(event.programmeId(), event.municipalityCode(), event.reason()))
                .build();
    }

    /** Each network's forming and every change of its members, as its history. */
    @Bean
    Consumer<Message<byte[]>> onOwnNetworkEvent(EventConsumers consumers, NetworkHistory history) {
        return consumers
                .of(Topic.NETWORKS)
                .on(
                        NetworkFormed.class,
                        (event, metadata) -> history.record(NetworkHistoryEntry.of(
                                event.networkId(),
                                event.programmeId(),
                                0,
                                null,
                                event.municipalityCodes(),
                                metadata.time())))
                .on(NetworkChanged.class, (event, metadata) -> {
                    NetworkChanged.Change change = event.change();
                    history.record(NetworkHistoryEntry.of(
                            event.networkId(),
                            event.programmeId(),
                            event.revision(),
                            new NetworkChange(
                                    NetworkChange.Kind.valueOf(change.kind().name()),
                                    change.municipalityCode(),
                                    change.fromNetworkId(),
                                    change.toNetworkId(),
                                    change.reason()),
                            event.municipalityCodes(),
                            event.changedAt()));
                })
                .build();
    }
}
