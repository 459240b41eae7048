package dk.kl.partnerships.notification.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * A stored message as MIME: plain text and HTML as alternatives (and a calendar invitation as a
 * third alternative, which calendar applications show as an invitation), attachments beside them.
 * Optional messages carry a one-click unsubscribe header (RFC 8058).
 */
@Component
class MailComposer {

    private final SmtpPostman postman;
    private final MailSettings settings;
    private final Clock clock;

    MailComposer(SmtpPostman postman, MailSettings settings, Clock clock) {
        this.postman = postman;
        this.settings = settings;
        this.clock = clock;
    }

    MimeMessage compose(Mail mail) throws MessagingException {
        MimeMessage message = postman.newMessage(mail.messageId());
        message.setFrom(new InternetAddress(settings.from()));
        message.setReplyTo(InternetAddress.parse(settings.replyTo()));
        message.setRecipient(Message.RecipientType.TO, address(mail.to()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("Content-Language", "da");
        if (mail.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text(mail.text(), "text/plain; charset=UTF-8"));
        alternatives.addBodyPart(text(mail.html(), "text/html; charset=UTF-8"));
        for (Attachment attachment : mail.attachments()) {
            if (attachment.calendarInvitation()) {
                alternatives.addBodyPart(
                        text(new String(attachment.content(), StandardCharsets.UTF_8), attachment.contentType()));
            }
        }
        if (mail.attachments().isEmpty()) {
            message.setContent(alternatives);
            return message;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternatives);
        mixed.addBodyPart(body);
        for (Attachment attachment : mail.attachments()) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(
                    new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            file.setFileName(attachment.filename());
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            if (!attachment.calendarInvitation()) {
                // A file is sent byte for byte: one that happens to look like text (a PDF can) would
                // otherwise be sent as text, and its line ends changed on the way.
                file.setHeader("Content-Transfer-Encoding", "base64");
            }
            mixed.addBodyPart(file);
        }
        message.setContent(mixed);
        return message;
    }

    private static MimeBodyPart text(String content, String contentType) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(content, contentType);
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    private static InternetAddress address(Recipient to) throws MessagingException {
        try {
            return new InternetAddress(to.email(), to.name(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("Unsupported encoding", e);
        }
    }
}
