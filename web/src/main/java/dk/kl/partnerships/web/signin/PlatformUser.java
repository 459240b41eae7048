package dk.kl.partnerships.web.signin;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The person signed in: their platform roles and — for a coordinator — the municipality they act
 * for, as the platform's access token states them.
 */
public final class PlatformUser extends DefaultOidcUser {

    private final String municipalityCode;

    PlatformUser(OidcUser user, Collection<? extends GrantedAuthority> authorities, String municipalityCode) {
        super(authorities, user.getIdToken(), user.getUserInfo());
        this.municipalityCode = municipalityCode;
    }

    /** The 3-digit code of the coordinator's municipality; null for anyone else. */
    public String municipalityCode() {
        return municipalityCode;
    }

    public boolean isCoordinator() {
        return municipalityCode != null && hasRole("MUNICIPALITY");
    }

    /** A programme owner at KL: the KL pages are theirs. */
    public boolean isKlStaff() {
        return hasRole("KL_ADMIN");
    }

    public boolean hasRole(String role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    /** The platform role for metrics and logs: the first one, or "none". */
    String role() {
        return getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .findFirst()
                .orElse("none");
    }
}
