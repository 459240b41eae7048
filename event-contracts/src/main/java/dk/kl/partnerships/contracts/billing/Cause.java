package dk.kl.partnerships.contracts.billing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.Require;

/** The event that made billing issue a document: its logical name and CloudEvents id. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Cause(String eventType, String eventId) {

    public Cause {
        Require.text(eventType, "eventType");
        Require.text(eventId, "eventId");
    }
}
