package dk.kl.partnerships.gateway;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address of the client behind a request. A {@code Forwarded} (or else {@code X-Forwarded-For})
 * header is believed only when the peer that sent the request is one of the trusted proxies; then
 * the client is the right-most address of the chain that is not a trusted proxy (each proxy appends
 * the address it saw, so only the entries right of the first untrusted one are beyond the client's
 * reach). Otherwise, and whenever a header is absent or malformed, the client is the address of the
 * connection's peer. Only address literals are read: a name is never resolved.
 */
final class ClientAddresses {

    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    static final String UNKNOWN = "unknown";

    private final List<Range> trusted;

    ClientAddresses(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(Range::parse).toList();
    }

    String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return UNKNOWN;
        }
        InetAddress peer = remote.getAddress();
        if (!isTrusted(peer)) {
            return peer.getHostAddress();
        }
        List<String> chain = forwardedChain(request.getHeaders());
        InetAddress client = peer;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(chain.get(i));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
            if (!isTrusted(client)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    private static List<String> forwardedChain(HttpHeaders headers) {
        List<String> chain = new ArrayList<>();
        List<String> forwarded = headers.getOrEmpty("Forwarded");
        if (!forwarded.isEmpty()) {
            for (String line : forwarded) {
                for (String element : line.split(",")) {
                    chain.add(forParameter(element));
                }
            }
            return chain;
        }
        for (String line : headers.getOrEmpty("X-Forwarded-For")) {
            for (String entry : line.split(",")) {
                chain.add(entry.trim());
            }
        }
        return chain;
    }

    /** The node of an element's {@code for=} parameter, without quotes, brackets or port ("" if none). */
    private static String forParameter(String element) {
        for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0
                    && pair.substring(0, equals).trim().toLowerCase(Locale.ROOT).equals("for")) {
                String node = pair.substring(equals + 1).trim();
                if (node.length() >= 2 && node.startsWith("\"") && node.endsWith("\"")) {
                    node = node.substring(1, node.length() - 1);
                }
                if (node.startsWith("[")) {
                    int close = node.indexOf(']');
                    return close > 0 ? node.substring(1, close) : "";
                }
                int colon = node.indexOf(':');
                return colon > 0 ? node.substring(0, colon) : node;
            }
        }
        return "";
    }

    /** An IPv4 or IPv6 literal, parsed without any name lookup; empty for anything else. */
    static Optional<InetAddress> literal(String text) {
        String candidate = text.trim();
        if (!IPV4.matcher(candidate).matches() && !IPV6.matcher(candidate).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(candidate));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address, or a CIDR range of them. */
    private record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            String[] parts = text.trim().split("/", 2);
            InetAddress address = literal(parts[0]).orElseThrow(() -> invalid(text));
            int bits = address.getAddress().length * 8;
            int prefix;
            try {
                prefix = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : bits;
            } catch (NumberFormatException e) {
                throw invalid(text);
            }
            if (prefix < 0 || prefix > bits) {
                throw invalid(text);
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (candidate[whole] & mask) == (network[whole] & mask);
        }

        private static IllegalStateException invalid(String text) {
            return new IllegalStateException(
                    "partnerships.gateway.trusted-proxies: '" + text + "' is neither an address nor a CIDR range");
        }
    }
}
