package dk.kl.partnerships.registration.network;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One step in a network's life: its forming ({@code change} null, revision 0) or a change of its
 * members, with the members after it. Its id is the network's and the revision's, so a step is
 * recorded once however often its event arrives.
 */
@Document("network_history")
@CompoundIndex(name = "by_network_and_revision", def = "{'networkId': 1, 'revision': -1}")
public record NetworkHistoryEntry(
        @Id String id,
        String networkId,
        String programmeId,
        int revision,
        NetworkChange change,
        List<String> municipalityCodes,
        Instant at) {

    public NetworkHistoryEntry {
        municipalityCodes = List.copyOf(municipalityCodes);
    }

    public static NetworkHistoryEntry of(
            String networkId,
            String programmeId,
            int revision,
            NetworkChange change,
            List<String> municipalityCodes,
            Instant at) {
        return new NetworkHistoryEntry(
                networkId + ":" + revision, networkId, programmeId, revision, change, municipalityCodes, at);
    }
}
