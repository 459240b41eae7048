package dk.kl.partnerships.kit.audit;

import dk.kl.partnerships.contracts.audit.Actor;
import dk.kl.partnerships.security.Role;
import dk.kl.partnerships.security.TokenPolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is making the change being stored on this thread: the signed-in user of the request (their
 * token's subject with their platform roles and, for a coordinator, the municipality the token
 * names), else the event being handled ({@link CausingEvent}), else the service itself — a scheduled
 * job or a start-up task. The user is named by the token's subject only, never by an e-mail address.
 */
public final class Actors {

    private static final String ROLE_PREFIX = "ROLE_";

    private Actors() {}

    /**
     * The user as the audit trail names them: the token's subject; one that is an e-mail address (as
     * some identity providers issue) by a pseudonym that the identity provider's staff can map back,
     * so that no e-mail address reaches the trail.
     */
    static String userId(String subject) {
        if (subject == null || subject.isBlank()) {
            return "(no subject)";
        }
        if (!subject.contains("@")) {
            return subject;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
            List<String> roles = new ArrayList<>();
            for (GrantedAuthority authority : token.getAuthorities()) {
                String name = authority.getAuthority();
                if (name != null
                        && name.startsWith(ROLE_PREFIX)
                        && Role.isPlatformRole(name.substring(ROLE_PREFIX.length()))) {
                    roles.add(name.substring(ROLE_PREFIX.length()));
                }
            }
            roles.sort(null);
            String municipality = roles.contains(Role.MUNICIPALITY.name())
                    ? TokenPolicy.municipality(token.getToken()).orElse(null)
                    : null;
            return Actor.user(userId(token.getToken().getSubject()), roles, municipality);
        }
        CausingEvent.Cause cause = CausingEvent.current();
        if (cause != null) {
            return Actor.event(cause.eventType(), cause.eventId());
        }
        return Actor.system();
    }
}
