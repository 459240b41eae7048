package dk.kl.partnerships.notification.mail;

import java.util.Locale;

/** Whom a message is for; addresses are compared without case. */
public record Recipient(String name, String email) {

    public Recipient {
        email = email.trim().toLowerCase(Locale.ROOT);
    }
}
