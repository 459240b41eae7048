package dk.kl.partnerships.contracts.audit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.Require;
import java.util.List;

/**
 * Who made a change: a signed-in user (their token's subject, never an e-mail address, with their
 * platform roles and, for a coordinator, the municipality they act for), the event the change
 * followed from, or the service itself (a scheduled job).
 *
 * @param kind             USER, EVENT or SYSTEM
 * @param userId           the user's token subject (USER only)
 * @param roles            the user's platform roles (USER only; empty otherwise)
 * @param municipalityCode the municipality a coordinator acts for (USER with role MUNICIPALITY only)
 * @param eventType        the logical name of the event the change followed from (EVENT only)
 * @param eventId          the id of the event the change followed from (EVENT only)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Actor(
        Kind kind, String userId, List<String> roles, String municipalityCode, String eventType, String eventId) {

    public enum Kind {
        USER,
        EVENT,
        SYSTEM
    }

    public Actor {
        Require.present(kind, "kind");
        roles = Require.list(roles);
        switch (kind) {
            case USER -> Require.text(userId, "userId");
            case EVENT -> {
                Require.text(eventType, "eventType");
                Require.text(eventId, "eventId");
            }
            case SYSTEM -> {}
        }
    }

    public static Actor user(String userId, List<String> roles, String municipalityCode) {
        return new Actor(Kind.USER, userId, roles, municipalityCode, null, null);
    }

    public static Actor event(String eventType, String eventId) {
        return new Actor(Kind.EVENT, null, List.of(), null, eventType, eventId);
    }

    public static Actor system() {
        return new Actor(Kind.SYSTEM, null, List.of(), null, null, null);
    }
}
