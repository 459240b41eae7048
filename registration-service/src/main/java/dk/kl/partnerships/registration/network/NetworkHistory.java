package dk.kl.partnerships.registration.network;

import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The history of each network: recorded from the networks' own published events (so a step is
 * recorded exactly when its change is stored, even across a crash), read newest first, a page at a
 * time. KL reads every network's; a municipality only its own network's.
 */
@Service
public class NetworkHistory {

    private final NetworkHistoryRepository history;
    private final NetworkForming networks;

    NetworkHistory(NetworkHistoryRepository history, NetworkForming networks) {
        this.history = history;
        this.networks = networks;
    }

    public void record(NetworkHistoryEntry entry) {
        history.save(entry);
    }

    public Page<NetworkHistoryEntry> of(Caller caller, String programmeId, String networkId, Pageable page) {
        Network network = networks.get(programmeId)
                .find(networkId)
                .orElseThrow(() -> new NotFoundException("Network", networkId));
        if (!caller.isKlAdmin() && network.municipalityCodes().stream().noneMatch(caller::actsAs)) {
            throw new NotFoundException("Network", networkId);
        }
        return history.findByNetworkIdOrderByRevisionDesc(networkId, page);
    }
}
