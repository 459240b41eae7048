package dk.kl.partnerships.notification.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The web client's addresses that messages link to, from {@code partnerships.notifications.links}
 * (page name → path with {@code {id}}) under {@code web-base-url}, so the links follow the web
 * client without a change to the templates.
 */
@Component
class Links {

    private static final Map<String, String> DEFAULTS = Map.of(
            "programme", "/programmer/{id}",
            "meeting", "/moeder/{id}",
            "self-evaluation", "/selvevalueringer/{id}",
            "invoice", "/fakturaer/{id}",
            "contacts", "/kommuner/{id}/kontakter");

    private final String base;
    private final Map<String, String> paths;

    Links(MailSettings settings) {
        this.base = settings.webBaseUrl().replaceAll("/+$", "");
        this.paths = new HashMap<>(DEFAULTS);
        this.paths.putAll(settings.links());
    }

    public String to(String page, String id) {
        String path = paths.get(page);
        if (path == null) {
            throw new IllegalArgumentException("No link for the page " + page);
        }
        return base + path.replace("{id}", URLEncoder.encode(id, StandardCharsets.UTF_8));
    }

    public String home() {
        return base + "/";
    }
}
