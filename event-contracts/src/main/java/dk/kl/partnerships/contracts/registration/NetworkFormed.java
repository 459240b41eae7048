package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.util.List;

/** KL confirmed a network: a group of joined municipalities inside a programme. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkFormed(
        String networkId, String programmeId, String name, List<String> municipalityCodes, List<String> focusAreas)
        implements IntegrationEvent {

    public NetworkFormed {
        Require.text(networkId, "networkId");
        Require.text(programmeId, "programmeId");
        Require.text(name, "name");
        municipalityCodes = Require.list(municipalityCodes);
        if (municipalityCodes.isEmpty()) {
            throw new IllegalArgumentException("municipalityCodes must not be empty");
        }
        focusAreas = Require.list(focusAreas);
    }

    @Override
    public String key() {
        return programmeId;
    }
}
