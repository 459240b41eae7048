package dk.kl.partnerships.security;

import java.nio.charset.StandardCharsets;

/**
 * The platform's one writer of {@code application/problem+json} (RFC 9457) bodies for answers given
 * outside a service's MVC error handling — refusals by the gateway, 401 and 403 by a service's
 * security filters, idempotency conflicts: type, title, status, detail and instance, never a stack
 * trace. The services' MVC errors use Spring's {@code ProblemDetail} with the same {@link #TYPE_BASE}.
 */
public final class ProblemJson {

    /** Every problem type is this followed by its name, e.g. {@code …/problems/rate-limited}. */
    public static final String TYPE_BASE = "https://partnerships.kl.dk/problems/";

    public static final String CONTENT_TYPE = "application/problem+json";

    private ProblemJson() {}

    /**
     * @param type     the problem's name, appended to {@link #TYPE_BASE}
     * @param instance the request path, or null to leave it out
     */
    public static byte[] write(String type, String title, int status, String detail, String instance) {
        StringBuilder json = new StringBuilder("{");
        member(json, "type", TYPE_BASE + type).append(',');
        member(json, "title", title).append(",\"status\":").append(status).append(',');
        member(json, "detail", detail);
        if (instance != null) {
            member(json.append(','), "instance", instance);
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder member(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
