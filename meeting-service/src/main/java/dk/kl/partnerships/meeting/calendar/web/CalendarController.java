package dk.kl.partnerships.meeting.calendar.web;

import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.kit.security.CallerArgumentResolver;
import dk.kl.partnerships.meeting.calendar.CalendarPublishing;
import dk.kl.partnerships.meeting.calendar.SubscriptionTokens;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * iCalendar feeds. Calendar applications fetch them with the subscription token in the URL (get
 * the URL from {@code …/subscription}; it expires, and {@code …/revocation} revokes every URL of
 * the feed handed out so far); a signed-in user may also fetch their own with a bearer token. A
 * feed the caller may not read — no token, or an expired, revoked or forged one — is "not found".
 * Subscription URLs are handed out to KL and municipalities only: finance has no calendar.
 */
@RestController
class CalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final String ICS = ".ics";

    private final CalendarPublishing calendars;
    private final SubscriptionTokens tokens;

    CalendarController(CalendarPublishing calendars, SubscriptionTokens tokens) {
        this.calendars = calendars;
        this.tokens = tokens;
    }

    @GetMapping("/api/calendars/{file:\\d{3}\\.ics}")
    ResponseEntity<byte[]> municipality(@PathVariable String file, @RequestParam(required = false) String token) {
        String code = file.substring(0, file.length() - ICS.length());
        if (!tokens.valid(municipalityFeed(code), token)
                && signedInCaller().map(c -> !c.canRead(code)).orElse(true)) {
            throw new NotFoundException("Calendar", file);
        }
        return ResponseEntity.ok().contentType(CALENDAR).body(calendars.ofMunicipality(code));
    }

    @GetMapping("/api/calendars/networks/{file:.+\\.ics}")
    ResponseEntity<byte[]> network(@PathVariable String file, @RequestParam(required = false) String token) {
        String networkId = file.substring(0, file.length() - ICS.length());
        if (!tokens.valid(networkFeed(networkId), token) && signedInCaller().isEmpty()) {
            throw new NotFoundException("Calendar", file);
        }
        return ResponseEntity.ok().contentType(CALENDAR).body(calendars.ofNetwork(networkId));
    }

    /** The subscription URL of a municipality's feed, for its own coordinator or KL. */
    @GetMapping("/api/calendars/{code:\\d{3}}/subscription")
    @PreAuthorize("hasAnyRole('KL_ADMIN', 'MUNICIPALITY')")
    Subscription municipalitySubscription(Caller caller, @PathVariable String code) {
        caller.requireActFor(code, "Calendar", code);
        return subscription("/api/calendars/" + code + ICS, tokens.issue(municipalityFeed(code)));
    }

    /** Revokes every subscription URL of the municipality's feed handed out so far, for its coordinator or KL. */
    @PostMapping("/api/calendars/{code:\\d{3}}/revocation")
    @PreAuthorize("hasAnyRole('KL_ADMIN', 'MUNICIPALITY')")
    ResponseEntity<Void> revokeMunicipalitySubscriptions(Caller caller, @PathVariable String code) {
        caller.requireActFor(code, "Calendar", code);
        tokens.revokeAll(municipalityFeed(code));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/calendars/networks/{networkId}/subscription")
    @PreAuthorize("hasAnyRole('KL_ADMIN', 'MUNICIPALITY')")
    Subscription networkSubscription(@PathVariable String networkId) {
        return subscription("/api/calendars/networks/" + networkId + ICS, tokens.issue(networkFeed(networkId)));
    }

    /** Revokes every subscription URL of the network's feed handed out so far (KL). */
    @PostMapping("/api/calendars/networks/{networkId}/revocation")
    @PreAuthorize("hasRole('KL_ADMIN')")
    ResponseEntity<Void> revokeNetworkSubscriptions(@PathVariable String networkId) {
        tokens.revokeAll(networkFeed(networkId));
        return ResponseEntity.noContent().build();
    }

    private static Subscription subscription(String path, SubscriptionTokens.Issued issued) {
        return new Subscription(path + "?token=" + issued.token(), issued.expiresAt());
    }

    private static String municipalityFeed(String code) {
        return "municipality:" + code;
    }

    private static String networkFeed(String networkId) {
        return "network:" + networkId;
    }

    /** The feeds are public paths: a caller without a platform role is anonymous there. */
    private static Optional<Caller> signedInCaller() {
        return CallerArgumentResolver.signedIn();
    }

    /**
     * @param url       the feed's path with its token, under the API's address
     * @param expiresAt when the URL stops working; a new one is to be fetched before
     */
    record Subscription(String url, Instant expiresAt) {}
}
