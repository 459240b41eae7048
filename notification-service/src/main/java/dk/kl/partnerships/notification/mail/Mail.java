package dk.kl.partnerships.notification.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message to one recipient, rendered, with where it stands. Its id is its cause and recipient
 * ({@link Letter#id()}), so a second request for the same message finds the first.
 */
@Document(Mail.COLLECTION)
public record Mail(
        @Id String id,
        MailKind kind,
        String cause,
        String thread,
        Recipient to,
        String subject,
        String html,
        String text,
        List<Attachment> attachments,
        String unsubscribeUrl,
        MailStatus status,
        String note,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant leaseUntil,
        String claimedBy,
        boolean transmitting,
        Instant sentAt) {

    public static final String COLLECTION = "mails";
    static final String DOMAIN = "partnerships.kl.dk";

    /**
     * The RFC 5322 Message-ID, derived from the message's identity: the same in every attempt, so
     * the mail server's log shows whether a message went out.
     */
    public String messageId() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@" + DOMAIN + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
