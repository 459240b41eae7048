package dk.kl.partnerships.notification.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The token in an unsubscribe link: the address and the kind of message, signed (HMAC-SHA256), so
 * that a link turns off only what it was sent for and nobody can forge one for another address.
 */
@Component
public class UnsubscribeTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] secret;

    UnsubscribeTokens(MailSettings settings) {
        this.secret = settings.unsubscribeSecret().getBytes(StandardCharsets.UTF_8);
    }

    /** What a token turns off: which kind of message to which address. */
    public record Subscription(String email, MailKind kind) {}

    public String token(String email, MailKind kind) {
        String claim = kind.name() + "\n" + email;
        return ENCODER.encodeToString(claim.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(sign(claim));
    }

    public Optional<Subscription> read(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            String claim = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            int newline = claim.indexOf('\n');
            if (newline < 1 || !MessageDigest.isEqual(signature, sign(claim))) {
                return Optional.empty();
            }
            MailKind kind = MailKind.valueOf(claim.substring(0, newline));
            return kind.optional()
                    ? Optional.of(new Subscription(claim.substring(newline + 1), kind))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String claim) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(claim.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
