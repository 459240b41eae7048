package dk.kl.partnerships.notification.mail.web;

import dk.kl.partnerships.notification.mail.Letters;
import dk.kl.partnerships.notification.mail.Subscriptions;
import dk.kl.partnerships.notification.mail.UnsubscribeTokens;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unsubscribe link of an optional message, without signing in (the link's signed token is the
 * permission); pages for people, so not part of the OpenAPI document. Opening the link only asks — mail scanners open links too — and the button turns
 * the message off. Mail programs' one-click unsubscribe (RFC 8058) posts to the same address.
 */
@RestController
@Hidden
class UnsubscribeController {

    private static final String PATH = Subscriptions.PATH;
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final Subscriptions subscriptions;
    private final Letters letters;

    UnsubscribeController(Subscriptions subscriptions, Letters letters) {
        this.subscriptions = subscriptions;
        this.letters = letters;
    }

    @GetMapping(PATH)
    ResponseEntity<String> ask(@RequestParam(required = false) String token) {
        return page(subscriptions.of(token), "unsubscribe", token);
    }

    @PostMapping(PATH)
    ResponseEntity<String> unsubscribe(@RequestParam(required = false) String token) {
        return page(subscriptions.unsubscribe(token), "unsubscribed", token);
    }

    private ResponseEntity<String> page(
            Optional<UnsubscribeTokens.Subscription> subscription, String template, String token) {
        if (subscription.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(HTML)
                    .body(letters.page("pages/unknown-link", Map.of()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("email", subscription.get().email());
        model.put("kind", subscription.get().kind().template());
        model.put("action", PATH + "?token=" + token);
        return ResponseEntity.ok().contentType(HTML).body(letters.page("pages/" + template, model));
    }
}
