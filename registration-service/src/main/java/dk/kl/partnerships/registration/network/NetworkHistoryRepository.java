package dk.kl.partnerships.registration.network;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface NetworkHistoryRepository extends MongoRepository<NetworkHistoryEntry, String> {

    Page<NetworkHistoryEntry> findByNetworkIdOrderByRevisionDesc(String networkId, Pageable page);
}
