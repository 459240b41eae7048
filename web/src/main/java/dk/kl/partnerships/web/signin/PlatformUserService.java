package dk.kl.partnerships.web.signin;

import dk.kl.partnerships.security.TokenPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Signs a person in from the identity provider's answer: what they may do comes from the platform's
 * access token — checked by the same policy as the gateway and the services — not from the ID token,
 * so the pages show exactly what the API will allow.
 */
public class PlatformUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService oidc = new OidcUserService();
    private final JwtDecoder accessTokens;
    private final MeterRegistry meters;

    public PlatformUserService(JwtDecoder accessTokens, MeterRegistry meters) {
        this.accessTokens = accessTokens;
        this.meters = meters;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = oidc.loadUser(request);
        Jwt token;
        try {
            token = accessTokens.decode(request.getAccessToken().getTokenValue());
        } catch (JwtException e) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("invalid_token", "The access token is not a valid platform token", null), e);
        }
        Collection<GrantedAuthority> authorities = TokenPolicy.authorities(token);
        String municipality = TokenPolicy.municipality(token).orElse(null);
        PlatformUser signedIn = new PlatformUser(user, authorities, municipality);
        meters.counter("partnerships.web.sign-ins", "role", signedIn.role()).increment();
        return signedIn;
    }
}
