package dk.kl.partnerships.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressesTests {

    private final ClientAddresses behindProxies = new ClientAddresses(List.of("10.0.0.0/8", "192.0.2.7", "fd00::/8"));

    @Test
    void aSpoofedHeaderFromAnUntrustedPeerIsIgnored() {
        MockServerHttpRequest request = from("198.51.100.23")
                .header("X-Forwarded-For", "203.0.113.9")
                .header("Forwarded", "for=203.0.113.10")
                .build();

        assertThat(behindProxies.of(request)).isEqualTo("198.51.100.23");
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsNeverBelieved() {
        MockServerHttpRequest request =
                from("10.1.2.3").header("X-Forwarded-For", "203.0.113.9").build();

        assertThat(new ClientAddresses(List.of()).of(request)).isEqualTo("10.1.2.3");
    }

    @Test
    void behindATrustedProxyTheClientIsTheRightMostUntrustedAddress() {
        // the client wrote the first entry itself; the proxies appended what they saw
        MockServerHttpRequest request = from("10.1.2.3")
                .header("X-Forwarded-For", "1.1.1.1, 203.0.113.9, 10.9.9.9")
                .build();

        assertThat(behindProxies.of(request)).isEqualTo("203.0.113.9");
    }

    @Test
    void forwardedIsReadBeforeXForwardedForWithQuotesPortsAndIpv6() {
        MockServerHttpRequest request = from("192.0.2.7")
                .header("Forwarded", "for=1.1.1.1;proto=https, for=\"[2001:db8:cafe::17]:4711\"")
                .header("X-Forwarded-For", "203.0.113.9")
                .build();

        assertThat(behindProxies.of(request)).isEqualTo("2001:db8:cafe:0:0:0:0:17");
    }

    @Test
    void aMalformedOrNamedEntryStopsTheWalkAtTheLastTrustedHop() {
        MockServerHttpRequest named = from("10.1.2.3")
                .header("X-Forwarded-For", "203.0.113.9, attacker.example")
                .build();
        MockServerHttpRequest unknown =
                from("10.1.2.3").header("Forwarded", "for=unknown").build();

        assertThat(behindProxies.of(named)).isEqualTo("10.1.2.3");
        assertThat(behindProxies.of(unknown)).isEqualTo("10.1.2.3");
    }

    @Test
    void whenEveryHopIsTrustedTheClientIsTheLeftMost() {
        MockServerHttpRequest request =
                from("10.1.2.3").header("X-Forwarded-For", "10.7.7.7, 10.8.8.8").build();

        assertThat(behindProxies.of(request)).isEqualTo("10.7.7.7");
    }

    @Test
    void aRangeThatIsNoAddressIsRefusedAtStartUp() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new ClientAddresses(List.of("proxy.internal")))
                .withMessageContaining("trusted-proxies");
        assertThatIllegalStateException().isThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/33")));
    }

    private static MockServerHttpRequest.BaseBuilder<?> from(String peer) {
        return MockServerHttpRequest.get("/api/programmes").remoteAddress(new InetSocketAddress(peer, 40000));
    }
}
