package dk.kl.partnerships.meeting.calendar.web;

import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.kit.security.CallerArgumentResolver;
import dk.kl.partnerships.meeting.calendar.CalendarPublishing;
import dk.kl.partnerships.meeting.calendar.SubscriptionTokens;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * iCalendar feeds. Calendar applications fetch them with the subscription token in the URL (get
 * the URL from {@code …/subscription}); a signed-in user may also fetch their own with a bearer
 * token. A feed the caller may not read is "not found".
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
        String feed = "municipality:" + code;
        if (!tokens.valid(feed, token)
                && signedInCaller().map(c -> !c.canRead(code)).orElse(true)) {
            throw new NotFoundException("Calendar", file);
        }
        return ResponseEntity.ok().contentType(CALENDAR).body(calendars.ofMunicipality(code));
    }

    @GetMapping("/api/calendars/networks/{file:.+\\.ics}")
    ResponseEntity<byte[]> network(@PathVariable String file, @RequestParam(required = false) String token) {
        String networkId = file.substring(0, file.length() - ICS.length());
        if (!tokens.valid("network:" + networkId, token) && signedInCaller().isEmpty()) {
            throw new NotFoundException("Calendar", file);
        }
        return ResponseEntity.ok().contentType(CALENDAR).body(calendars.ofNetwork(networkId));
    }

    /** The subscription URL of a municipality's feed, for its own coordinator or KL. */
    @GetMapping("/api/calendars/{code:\\d{3}}/subscription")
    Subscription municipalitySubscription(Caller caller, @PathVariable String code) {
        caller.requireRead(code, "Calendar", code);
        return new Subscription("/api/calendars/" + code + ICS + "?token=" + tokens.tokenFor("municipality:" + code));
    }

    @GetMapping("/api/calendars/networks/{networkId}/subscription")
    Subscription networkSubscription(@PathVariable String networkId) {
        return new Subscription(
                "/api/calendars/networks/" + networkId + ICS + "?token=" + tokens.tokenFor("network:" + networkId));
    }

    private static Optional<Caller> signedInCaller() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken
                ? Optional.of(CallerArgumentResolver.current())
                : Optional.empty();
    }

    record Subscription(String url) {}
}
