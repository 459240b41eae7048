package dk.kl.partnerships.meeting.calendar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Calendar applications subscribe to a URL and cannot send a bearer token, so a feed URL carries
 * its own: an HMAC of the feed's name under a server secret. Anyone with the URL can read that one
 * feed and nothing else; changing the secret revokes every URL.
 */
@Component
public class SubscriptionTokens {

    private final String tokenSecret;

    SubscriptionTokens(CalendarSettings settings) {
        this.tokenSecret = settings.tokenSecret();
    }

    public String tokenFor(String feed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(tokenSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(feed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean valid(String feed, String token) {
        return token != null
                && MessageDigest.isEqual(
                        tokenFor(feed).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }
}
