package dk.kl.partnerships.notification.mail;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How messages are sent ({@code partnerships.notifications.*}); the mail server itself is
 * {@code spring.mail.*}.
 *
 * @param from the sender of every message
 * @param replyTo where answers go
 * @param webBaseUrl the web client's address, for the links in the messages
 * @param publicBaseUrl the address of the platform's gateway as recipients reach it, for unsubscribe links
 * @param links the web client's path of each page a message links to; {@code {id}} is replaced
 * @param templates a directory whose templates replace the built-in ones of the same name (empty: none)
 * @param unsubscribeSecret signs unsubscribe links; changing it invalidates every link sent
 * @param messagesPerSecond the most messages one instance hands to the mail server per second
 * @param maxAttempts attempts before a message that keeps failing is reported as failed
 * @param firstRetry the wait after the first failed attempt; it doubles with each further one
 * @param maxRetry the longest wait between attempts
 * @param lease how long an instance may take to send one batch before others consider it stopped
 * @param batchSize the most messages sent over one connection
 */
@ConfigurationProperties("partnerships.notifications")
public record MailSettings(
        @DefaultValue("KL Partnerskaber <partnerskaber@kl.dk>")
        String from,

        @DefaultValue("partnerskaber@kl.dk") String replyTo,
        @DefaultValue("http://127.0.0.1:8080") String webBaseUrl,
        @DefaultValue("http://127.0.0.1:8080") String publicBaseUrl,
        Map<String, String> links,
        @DefaultValue("") String templates,

        @DefaultValue("development-only-unsubscribe-secret-change-me")
        String unsubscribeSecret,

        @DefaultValue("5") double messagesPerSecond,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("20") int batchSize) {

    public MailSettings {
        links = links == null ? Map.of() : Map.copyOf(links);
    }

    /** The wait before attempt {@code attempt + 1}: doubling from the first, at most the longest. */
    Duration retryAfter(int attempt) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempt && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
