package dk.kl.partnerships.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Stand-ins for the services behind the gateway, on real sockets: each answers with its name, the
 * path it was asked for and the headers it received, and remembers every request. {@code /slow}
 * paths answer after five seconds. One address has nothing listening: a service that is down.
 */
final class Upstreams {

    /** One request as a service received it. */
    record Received(String service, String method, String path, Map<String, List<String>> headers) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Map<String, Integer> PORTS = new ConcurrentHashMap<>();
    private static int closedPort;

    private Upstreams() {}

    static synchronized Map<String, Integer> start() {
        if (PORTS.isEmpty()) {
            for (String service : List.of("registration", "meeting", "evaluation", "web")) {
                PORTS.put(service, serve(service));
            }
            closedPort = freePort();
        }
        return PORTS;
    }

    static int closedPort() {
        start();
        return closedPort;
    }

    static List<Received> of(String path) {
        return RECEIVED.stream().filter(r -> r.path().equals(path)).toList();
    }

    private static int serve(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> answer(service, exchange));
            server.start();
            return server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(String service, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        exchange.getRequestBody().readAllBytes();
        RECEIVED.add(
                new Received(service, exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders())));
        if (path.endsWith("/slow")) {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = ("{\"service\":\"" + service + "\",\"path\":\"" + path + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
