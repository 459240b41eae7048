package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.time.Instant;
import java.util.List;

/**
 * A confirmed network's members changed: KL added, removed or moved a municipality, or one withdrew
 * from the programme. Carries the network's whole member list after the change, so a consumer
 * replaces what it knows; {@code revision} grows with every change to the programme's networks
 * (NetworkFormed is revision 0), so a consumer ignores a revision older than the one it holds.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkChanged(
        String networkId,
        String programmeId,
        String name,
        List<String> municipalityCodes,
        List<String> focusAreas,
        int revision,
        Change change,
        Instant changedAt)
        implements IntegrationEvent {

    public NetworkChanged {
        Require.text(networkId, "networkId");
        Require.text(programmeId, "programmeId");
        Require.text(name, "name");
        municipalityCodes = Require.list(municipalityCodes);
        focusAreas = Require.list(focusAreas);
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be at least 1");
        }
        Require.present(change, "change");
        Require.present(changedAt, "changedAt");
    }

    /** Records of one programme's networks share its key, so their revisions arrive in order. */
    @Override
    public String key() {
        return programmeId;
    }

    /** What changed: one municipality, how, and why. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(
            ChangeKind kind, String municipalityCode, String fromNetworkId, String toNetworkId, String reason) {

        public Change {
            Require.present(kind, "kind");
            Require.text(municipalityCode, "municipalityCode");
            Require.text(reason, "reason");
        }
    }

    /**
     * ADDED: into this network from none; REMOVED: out of its network by KL; WITHDRAWN: out of its
     * network because it withdrew from the programme; MOVED: from {@code fromNetworkId} to {@code toNetworkId} (one record for each of the two).
     */
    public enum ChangeKind {
        ADDED,
        REMOVED,
        WITHDRAWN,
        MOVED
    }
}
