package dk.kl.partnerships.identity;

import dk.kl.partnerships.security.TokenPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param issuer                   the issuer URL as the services and clients name it
 * @param keyFile                  where the RSA signing key is kept (created on first start), so
 *                                 tokens stay valid across restarts
 * @param accessTokenLifetime      how long an access token is valid
 * @param demoPassword             the password of every demo user
 * @param klUsers                  user names of KL staff (role KL_ADMIN)
 * @param coordinatorMunicipalities municipality codes with a coordinator user {@code koordinator-<code>}
 * @param financeClientSecret      the secret of the finance system's client-credentials client
 * @param webRedirectUris          where the public web and mobile client may receive codes
 */
@ConfigurationProperties("partnerships.identity")
public record IdentitySettings(
        @DefaultValue("http://127.0.0.1:9000") String issuer,
        @DefaultValue("data/identity/signing-key.json") Path keyFile,
        @DefaultValue(TokenPolicy.DEFAULT_AUDIENCE) String audience,
        @DefaultValue("30m") Duration accessTokenLifetime,
        @DefaultValue("demo") String demoPassword,
        @DefaultValue("kl-admin") List<String> klUsers,
        @DefaultValue({"101", "461", "630", "751", "851"}) List<String> coordinatorMunicipalities,
        @DefaultValue("finance-system") String financeClientId,
        @DefaultValue("finance-secret") String financeClientSecret,
        @DefaultValue("partnerships-web") String webClientId,

        @DefaultValue({
            "http://127.0.0.1:8080/swagger-ui/oauth2-redirect.html",
            "http://127.0.0.1:3000/callback",
            "dk.kl.partnerships:/callback"
        })
        List<String> webRedirectUris) {

    public static final String COORDINATOR_PREFIX = "koordinator-";
}
