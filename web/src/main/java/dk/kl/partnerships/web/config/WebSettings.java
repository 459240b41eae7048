package dk.kl.partnerships.web.config;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param apiUrl   the gateway, as the web client reaches it: every service call goes to its {@code /api}
 * @param identity the identity provider people sign in at, and this client's registration there
 * @param assets   versions of the front-end packages the build fetched (their paths carry the version)
 */
@ConfigurationProperties("partnerships.web")
public record WebSettings(
        @DefaultValue("http://127.0.0.1:8080") URI apiUrl,
        @DefaultValue Identity identity,
        @DefaultValue Assets assets) {

    /**
     * @param issuer       the issuer as browsers reach it (sign-in and sign-out pages), and as its tokens name it
     * @param backChannel  where this server reaches the identity provider for tokens and keys; the issuer if unset
     * @param clientId     this client's id, a confidential client: authorization code with PKCE
     * @param clientSecret its secret
     */
    public record Identity(
            @DefaultValue("http://127.0.0.1:9000") String issuer,
            String backChannel,
            @DefaultValue("partnerships-bff") String clientId,
            @DefaultValue("bff-secret") String clientSecret) {

        public String backChannelUrl() {
            return backChannel == null || backChannel.isBlank() ? issuer : backChannel;
        }
    }

    public record Assets(
            @DefaultValue("unknown") String dkfds,
            @DefaultValue("unknown") String htmx) {}
}
