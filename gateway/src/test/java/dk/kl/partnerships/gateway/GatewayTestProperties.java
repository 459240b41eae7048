package dk.kl.partnerships.gateway;

import dk.kl.partnerships.security.test.TestTokens;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The gateway pointed at the stand-in services and the test token issuer. */
final class GatewayTestProperties {

    private GatewayTestProperties() {}

    static void register(DynamicPropertyRegistry registry) {
        Map<String, Integer> ports = Upstreams.start();
        ports.forEach((service, port) ->
                registry.add("partnerships.gateway.services." + service, () -> "http://127.0.0.1:" + port));
        registry.add("partnerships.gateway.services.billing", () -> "http://127.0.0.1:" + Upstreams.closedPort());
        registry.add("partnerships.security.issuer", TestTokens::issuer);
        registry.add("partnerships.security.jwk-set-uri", TestTokens::jwkSetUri);
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "2s");
        registry.add("partnerships.security.max-request-size", () -> "64KB");
        registry.add("management.server.port", () -> "0");
    }
}
