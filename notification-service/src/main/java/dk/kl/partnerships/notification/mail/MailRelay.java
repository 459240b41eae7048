package dk.kl.partnerships.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the stored messages, on every instance at once: each takes one due message at a time under
 * a lease, within its rate limit, and records what the mail server said before it takes the next.
 *
 * <p>A message is sent at most once. It goes back to the queue — with a doubling wait, until the
 * attempts run out and it is reported as failed — only when it certainly was not accepted: the
 * connection could not be made, or the server answered with a refusal. Before the transfer begins
 * the message is marked as being handed over; should the instance stop (or the connection break)
 * between that mark and the server's answer, the message is {@link MailStatus#UNCERTAIN} and is not
 * sent again by itself.
 */
@Component
class MailRelay {

    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);

    private final MailQueue queue;
    private final MailComposer composer;
    private final SmtpPostman postman;
    private final Mailbox mailbox;
    private final MailSettings settings;
    private final Clock clock;
    private final RateLimit rateLimit;
    private final String instance = instanceName();

    MailRelay(
            MailQueue queue,
            MailComposer composer,
            SmtpPostman postman,
            Mailbox mailbox,
            MailSettings settings,
            Clock clock) {
        this.queue = queue;
        this.composer = composer;
        this.postman = postman;
        this.mailbox = mailbox;
        this.settings = settings;
        this.clock = clock;
        this.rateLimit = new RateLimit(settings.messagesPerSecond(), clock);
    }

    @Scheduled(fixedDelayString = "${partnerships.notifications.poll-interval:1s}")
    void deliver() {
        long uncertain = queue.releaseExpired(clock.instant());
        if (uncertain > 0) {
            log.error(
                    "{} messages were being handed to the mail server when their instance stopped: they are"
                            + " UNCERTAIN and will not be sent again by themselves",
                    uncertain);
        }
        SmtpPostman.Connection connection = null;
        try {
            for (int i = 0; i < settings.batchSize() && rateLimit.tryAcquire(); i++) {
                Instant now = clock.instant();
                Optional<Mail> claimed = queue.claimNext(now, instance, now.plus(settings.lease()));
                if (claimed.isEmpty()) {
                    rateLimit.giveBack();
                    return;
                }
                Mail mail = claimed.get();
                if (connection == null || !connection.usable()) {
                    try {
                        connection = postman.connect();
                    } catch (MessagingException e) {
                        refused(mail, new SmtpPostman.Delivery.Refused(0, false, "No connection: " + e.getMessage()));
                        return;
                    }
                }
                if (!send(connection, mail)) {
                    connection.close();
                    connection = null;
                }
            }
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
    }

    /** @return whether the connection can be used further */
    private boolean send(SmtpPostman.Connection connection, Mail mail) {
        MimeMessage message;
        try {
            message = composer.compose(mail);
        } catch (MessagingException | RuntimeException e) {
            queue.failed(mail, instance, "Could not be composed: " + e.getMessage());
            mailbox.count(mail.kind(), "failed");
            log.error("Message {} could not be composed", mail.messageId(), e);
            return true;
        }
        if (!queue.transmitting(mail, instance)) {
            log.warn("Message {} was taken from this instance before it was sent", mail.messageId());
            return true;
        }
        SmtpPostman.Delivery delivery = connection.send(message);
        if (delivery instanceof SmtpPostman.Delivery.Accepted) {
            queue.sent(mail, instance, clock.instant());
            mailbox.count(mail.kind(), "sent");
            log.info("Sent {} {}", mail.kind(), mail.messageId());
            return true;
        }
        if (delivery instanceof SmtpPostman.Delivery.Refused refused) {
            refused(mail, refused);
            return true;
        }
        String reason = ((SmtpPostman.Delivery.Unknown) delivery).reason();
        queue.uncertain(mail, instance, "The transfer broke off: " + reason);
        mailbox.count(mail.kind(), "uncertain");
        log.error("Message {} may or may not have been accepted: {}", mail.messageId(), reason);
        return false;
    }

    private void refused(Mail mail, SmtpPostman.Delivery.Refused refused) {
        int attempt = mail.attempts() + 1;
        if (refused.permanent() || attempt >= settings.maxAttempts()) {
            queue.failed(mail, instance, refused.reason());
            mailbox.count(mail.kind(), "failed");
            log.error("Message {} failed after {} attempts: {}", mail.messageId(), attempt, refused.reason());
            return;
        }
        Instant next = clock.instant().plus(settings.retryAfter(attempt));
        queue.retryAt(mail, instance, next, refused.reason());
        mailbox.count(mail.kind(), "retried");
        log.warn("Message {} not sent ({}); attempt {} at {}", mail.messageId(), refused.reason(), attempt + 1, next);
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
