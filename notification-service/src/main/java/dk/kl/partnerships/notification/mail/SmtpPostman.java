package dk.kl.partnerships.notification.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The connection to the mail server ({@code spring.mail.*}: host, port, user, password, TLS in
 * {@code spring.mail.properties}). It tells apart what the server refused — with its reply code,
 * so nothing was accepted — from a transfer that broke off, after which nobody knows.
 */
@Component
class SmtpPostman {

    private final JavaMailSenderImpl sender;

    SmtpPostman(JavaMailSenderImpl sender) {
        this.sender = sender;
    }

    /**
     * A message of this mail session whose Message-ID stays {@code messageId} (the mail library
     * would otherwise make a new one each time it is sent).
     */
    MimeMessage newMessage(String messageId) {
        return new MimeMessage(sender.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
    }

    Connection connect() throws MessagingException {
        Transport transport = sender.getSession().getTransport(sender.getProtocol());
        transport.connect(
                sender.getHost(),
                sender.getPort(),
                blankAsNull(sender.getUsername()),
                blankAsNull(sender.getPassword()));
        return new Connection(transport);
    }

    /** What became of one message handed to the server. */
    public sealed interface Delivery {
        record Accepted() implements Delivery {}

        /** The server answered no: nothing was accepted. {@code permanent} for a 5xx reply. */
        record Refused(int replyCode, boolean permanent, String reason) implements Delivery {}

        /** The transfer broke off without the server's answer: it may or may not have been accepted. */
        record Unknown(String reason) implements Delivery {}
    }

    public static final class Connection implements AutoCloseable {

        private final Transport transport;

        private Connection(Transport transport) {
            this.transport = transport;
        }

        public Delivery send(MimeMessage message) {
            try {
                message.saveChanges();
                Address[] recipients = message.getAllRecipients();
                transport.sendMessage(message, recipients);
                return new Delivery.Accepted();
            } catch (MessagingException e) {
                Integer code = replyCode(e);
                return code == null
                        ? new Delivery.Unknown(describe(e))
                        : new Delivery.Refused(code, code >= 500, describe(e));
            }
        }

        public boolean usable() {
            return transport.isConnected();
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the server may already have closed the connection: nothing to do
            }
        }
    }

    /** A relay without authentication has no user name; an empty one would be sent as credentials. */
    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static Integer replyCode(Exception e) {
        for (Exception cause = e; cause != null; ) {
            if (cause instanceof SMTPAddressFailedException failed) {
                return failed.getReturnCode();
            }
            if (cause instanceof SMTPSenderFailedException failed) {
                return failed.getReturnCode();
            }
            if (cause instanceof SMTPSendFailedException failed) {
                return failed.getReturnCode();
            }
            cause = cause instanceof MessagingException m ? m.getNextException() : null;
        }
        return null;
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 500 ? message.substring(0, 500) : message.strip();
    }
}
