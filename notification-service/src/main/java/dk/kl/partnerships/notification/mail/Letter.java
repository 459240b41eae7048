package dk.kl.partnerships.notification.mail;

import java.util.List;
import java.util.Map;

/**
 * A message a feature wants sent: its kind, its cause (what happened, e.g. a sign-up's id) and its
 * recipient — which together identify it, so that asking twice sends once — the thread it belongs
 * to (an invitation and its reminders share one, for the reminders' limits), the values its
 * templates show and any attachments.
 */
public record Letter(
        MailKind kind,
        String cause,
        String thread,
        Recipient to,
        Map<String, Object> model,
        List<Attachment> attachments) {

    public Letter {
        model = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(model));
        attachments = List.copyOf(attachments);
    }

    public Letter(MailKind kind, String cause, String thread, Recipient to, Map<String, Object> model) {
        this(kind, cause, thread, to, model, List.of());
    }

    /** The message's identity: the same kind, cause and recipient is the same message. */
    public String id() {
        return kind.name() + ":" + cause + ":" + to.email();
    }
}
