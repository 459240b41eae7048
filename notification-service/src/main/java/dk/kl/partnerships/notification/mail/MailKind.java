package dk.kl.partnerships.notification.mail;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every message the platform sends, with the name of its templates ({@code templates/mail/<name>.html}
 * and {@code .txt}) and whether the recipient may turn it off. Mandatory messages carry the
 * programme's obligations and cannot be turned off.
 */
public enum MailKind {
    INVITATION("invitation", false),
    INTEREST_REMINDER("interest-reminder", true),
    APPROVAL_REMINDER("approval-reminder", false),
    PARTICIPANT_WELCOME("participant-welcome", false),
    SIGN_UP_CONFIRMED("sign-up-confirmed", false),
    SIGN_UP_WAITING("sign-up-waiting", false),
    SIGN_UP_PROMOTED("sign-up-promoted", false),
    SIGN_UP_CANCELLED("sign-up-cancelled", false),
    MEETING_RESCHEDULED("meeting-rescheduled", false),
    MEETING_CANCELLED("meeting-cancelled", false),
    MEETING_REMINDER("meeting-reminder", true),
    SELF_EVALUATION_REQUESTED("self-evaluation-requested", false),
    SELF_EVALUATION_CHASER("self-evaluation-chaser", true),
    SELF_EVALUATION_OVERDUE("self-evaluation-overdue", false),
    INVOICE_ISSUED("invoice-issued", false);

    private final String template;
    private final boolean optional;

    MailKind(String template, boolean optional) {
        this.template = template;
        this.optional = optional;
    }

    public String template() {
        return template;
    }

    /** Whether the recipient may turn this message off (an unsubscribe link is in it). */
    public boolean optional() {
        return optional;
    }

    public static Optional<MailKind> ofTemplate(String template) {
        return Arrays.stream(values()).filter(k -> k.template.equals(template)).findFirst();
    }
}
