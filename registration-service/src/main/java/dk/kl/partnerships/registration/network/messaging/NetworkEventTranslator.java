package dk.kl.partnerships.registration.network.messaging;

import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.registration.NetworkFormed;
import dk.kl.partnerships.registration.network.Network;
import dk.kl.partnerships.registration.network.NetworkEvent;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Confirmed networks as the published {@code registration.networks.v1} contract. */
@Component
public class NetworkEventTranslator implements Function<NetworkEvent, List<? extends IntegrationEvent>> {

    @Override
    public List<? extends IntegrationEvent> apply(NetworkEvent event) {
        Network network = event.network();
        return List.of(new NetworkFormed(
                network.id(), event.programmeId(), network.name(), network.municipalityCodes(), network.focusAreas()));
    }
}
