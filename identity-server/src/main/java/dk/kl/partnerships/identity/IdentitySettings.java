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
 * @param refreshTokenLifetime     how long the web client may renew its tokens without a new sign-in
 * @param demoPassword             the password of every demo user
 * @param klUsers                  user names of KL staff (role KL_ADMIN)
 * @param financeUsers             user names of finance staff (role FINANCE), who sign in as people
 * @param coordinatorMunicipalities municipality codes with a coordinator user {@code koordinator-<code>}
 * @param financeClientSecret      the secret of the finance system's client-credentials client
 * @param webRedirectUris          where the public web and mobile client may receive codes
 * @param bffClientId              the web client's backend (a confidential client: it keeps the tokens)
 * @param bffClientSecret          its secret
 * @param bffRedirectUris          where the web client receives codes, as browsers reach it (the gateway)
 * @param bffPostLogoutRedirectUris where the web client may send people after signing out
 */
@ConfigurationProperties("partnerships.identity")
record IdentitySettings(
        @DefaultValue("http://127.0.0.1:9000") String issuer,
        @DefaultValue("data/identity/signing-key.json") Path keyFile,
        @DefaultValue(TokenPolicy.DEFAULT_AUDIENCE) String audience,
        @DefaultValue("30m") Duration accessTokenLifetime,
        @DefaultValue("8h") Duration refreshTokenLifetime,
        @DefaultValue("demo") String demoPassword,
        @DefaultValue("kl-admin") List<String> klUsers,
        @DefaultValue("oekonomi") List<String> financeUsers,
        @DefaultValue({"101", "461", "630", "751", "851"}) List<String> coordinatorMunicipalities,
        @DefaultValue("finance-system") String financeClientId,
        @DefaultValue("finance-secret") String financeClientSecret,
        @DefaultValue("partnerships-web") String webClientId,

        @DefaultValue({
            "http://127.0.0.1:8080/swagger-ui/oauth2-redirect.html",
            "http://127.0.0.1:3000/callback",
            "dk.kl.partnerships:/callback"
        })
        List<String> webRedirectUris,

        @DefaultValue("partnerships-bff") String bffClientId,
        @DefaultValue("bff-secret") String bffClientSecret,

        @DefaultValue({
            "http://127.0.0.1:8080/login/oauth2/code/partnerships",
            "http://localhost:8080/login/oauth2/code/partnerships"
        })
        List<String> bffRedirectUris,

        @DefaultValue({"http://127.0.0.1:8080/logget-ud", "http://localhost:8080/logget-ud"})
        List<String> bffPostLogoutRedirectUris) {

    public static final String COORDINATOR_PREFIX = "koordinator-";
}
