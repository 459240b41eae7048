package dk.kl.partnerships.notification.mail;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** Turning optional messages off, from the link in them. */
@Service
public class Subscriptions {

    /** Where the unsubscribe link of a message points, behind the platform's public address. */
    public static final String PATH = "/api/notifications/unsubscribe";

    private final UnsubscribeTokens tokens;
    private final OptOuts optOuts;

    Subscriptions(UnsubscribeTokens tokens, OptOuts optOuts) {
        this.tokens = tokens;
        this.optOuts = optOuts;
    }

    /** What the link's token would turn off; empty for a token that is not ours. */
    public Optional<UnsubscribeTokens.Subscription> of(String token) {
        return tokens.read(token);
    }

    public Optional<UnsubscribeTokens.Subscription> unsubscribe(String token) {
        Optional<UnsubscribeTokens.Subscription> subscription = tokens.read(token);
        subscription.ifPresent(s -> optOuts.turnOff(s.email(), s.kind()));
        return subscription;
    }
}
