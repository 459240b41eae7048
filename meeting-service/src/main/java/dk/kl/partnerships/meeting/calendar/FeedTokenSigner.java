package dk.kl.partnerships.meeting.calendar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks subscription tokens: {@code <key id>.<expiry>.<generation>.<HMAC>}, the HMAC
 * (SHA-256) over the feed's name, key id, expiry (epoch seconds) and generation under the secret
 * with that key id. New tokens are signed with the current key; every known key verifies, so a
 * secret is rotated without breaking the URLs handed out under the previous one.
 */
final class FeedTokenSigner {

    private static final String HMAC = "HmacSHA256";
    private static final Pattern TOKEN =
            Pattern.compile("([A-Za-z0-9_-]{1,32})\\.(\\d{1,12})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})");

    private final Map<String, String> keys;
    private final String signingKeyId;
    private final Duration lifetime;
    private final Clock clock;

    FeedTokenSigner(CalendarSettings settings, Clock clock) {
        this.keys = settings.verifyingKeys();
        this.signingKeyId = settings.tokenKeyId();
        this.lifetime = settings.feedLifetime();
        this.clock = clock;
    }

    SubscriptionTokens.Issued sign(String feed, long generation) {
        Instant expiresAt = clock.instant().plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        long expiry = expiresAt.getEpochSecond();
        String mac = mac(keys.get(signingKeyId), feed, signingKeyId, expiry, generation);
        return new SubscriptionTokens.Issued(signingKeyId + "." + expiry + "." + generation + "." + mac, expiresAt);
    }

    /** The generation of a token signed for this feed by a known key and not expired; empty for any other. */
    OptionalLong generationOf(String feed, String token) {
        Matcher parts = token == null ? null : TOKEN.matcher(token);
        if (parts == null || !parts.matches()) {
            return OptionalLong.empty();
        }
        String keyId = parts.group(1);
        long expiry = Long.parseLong(parts.group(2));
        long generation = Long.parseLong(parts.group(3));
        String secret = keys.get(keyId);
        if (secret == null) {
            return OptionalLong.empty();
        }
        boolean signed = MessageDigest.isEqual(
                mac(secret, feed, keyId, expiry, generation).getBytes(StandardCharsets.US_ASCII),
                parts.group(4).getBytes(StandardCharsets.US_ASCII));
        return signed && clock.instant().getEpochSecond() < expiry ? OptionalLong.of(generation) : OptionalLong.empty();
    }

    private static String mac(String secret, String feed, String keyId, long expiry, long generation) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
            String signed = feed + "\n" + keyId + "\n" + expiry + "\n" + generation;
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
