package dk.kl.partnerships.contracts.meeting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.Require;

/** Where a meeting takes place; {@code municipalityCode} is the host municipality, if any. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Venue(String name, String address, String municipalityCode) {

    public Venue {
        Require.text(name, "name");
        Require.text(address, "address");
    }
}
