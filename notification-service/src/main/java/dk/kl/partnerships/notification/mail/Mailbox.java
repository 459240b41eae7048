package dk.kl.partnerships.notification.mail;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Where features post the messages they want sent. A message is rendered and stored once per cause
 * and recipient — posting it again changes nothing — and sent by the {@link MailRelay}. An optional
 * message the recipient has turned off is stored as suppressed and never sent.
 */
@Service
public class Mailbox {

    /** Counter of messages by kind and outcome (queued, suppressed, sent, retried, failed, uncertain). */
    public static final String METER = "partnerships.notifications";

    private static final Logger log = LoggerFactory.getLogger(Mailbox.class);
    private static final List<String> OUTCOMES =
            List.of("queued", "suppressed", "sent", "retried", "failed", "uncertain");

    private final MailQueue queue;
    private final Letters letters;
    private final OptOuts optOuts;
    private final UnsubscribeTokens tokens;
    private final Links links;
    private final MailSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;

    Mailbox(
            MailQueue queue,
            Letters letters,
            OptOuts optOuts,
            UnsubscribeTokens tokens,
            Links links,
            MailSettings settings,
            Clock clock,
            MeterRegistry meters) {
        this.queue = queue;
        this.letters = letters;
        this.optOuts = optOuts;
        this.tokens = tokens;
        this.links = links;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
        // Every series exists from the start, so a rate over it — and the alert on it — works from the first failure.
        for (MailKind kind : MailKind.values()) {
            OUTCOMES.forEach(outcome -> meters.counter(METER, "kind", kind.template(), "outcome", outcome));
        }
    }

    /** @return whether the message is new and will be sent */
    public boolean post(Letter letter) {
        String id = letter.id();
        if (queue.find(id).isPresent()) {
            return false;
        }
        Recipient to = letter.to();
        MailKind kind = letter.kind();
        boolean turnedOff = optOuts.turnedOff(to.email(), kind);
        String unsubscribeUrl = kind.optional()
                ? settings.publicBaseUrl().replaceAll("/+$", "") + Subscriptions.PATH + "?token="
                        + tokens.token(to.email(), kind)
                : null;
        // A message turned off is kept as a record that it was not sent, without its content.
        Letters.Rendered rendered = turnedOff ? new Letters.Rendered(null, null, null) : render(letter, unsubscribeUrl);
        Instant now = clock.instant();
        Mail mail = new Mail(
                id,
                kind,
                letter.cause(),
                letter.thread(),
                to,
                rendered.subject(),
                rendered.html(),
                rendered.text(),
                turnedOff ? List.of() : letter.attachments(),
                unsubscribeUrl,
                turnedOff ? MailStatus.SUPPRESSED : MailStatus.PENDING,
                turnedOff ? "The recipient turned this kind of message off" : null,
                0,
                now,
                now,
                null,
                null,
                false,
                null);
        if (!queue.add(mail)) {
            return false;
        }
        count(kind, turnedOff ? "suppressed" : "queued");
        return !turnedOff;
    }

    private Letters.Rendered render(Letter letter, String unsubscribeUrl) {
        Map<String, Object> model = new HashMap<>(letter.model());
        model.put("recipient", letter.to());
        model.put("links", links);
        model.put("unsubscribeUrl", unsubscribeUrl);
        return letters.render(letter.kind().template(), model);
    }

    /** Counts a message not sent because what it was about no longer applies. */
    public void notNeeded(MailKind kind, String cause, String reason) {
        log.debug("No {} for {}: {}", kind, cause, reason);
        count(kind, "suppressed");
    }

    /** The recent messages of some kinds in a thread to one recipient, newest first (at most ten). */
    public List<Mail> history(String thread, String email, Collection<MailKind> kinds) {
        return queue.history(thread, email, kinds, 10);
    }

    /** Forgets every message to an address and what it turned off (a person's erasure). */
    public void erase(String email) {
        queue.eraseTo(email);
        optOuts.erase(email);
    }

    void count(MailKind kind, String outcome) {
        meters.counter(METER, "kind", kind.template(), "outcome", outcome).increment();
    }
}
