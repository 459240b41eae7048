package dk.kl.partnerships.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import org.awaitility.Awaitility;

/** A real SMTP server in the test JVM (GreenMail) and what it received, read back as a person's mail program would. */
public final class Inbox {

    private static GreenMail server;

    private Inbox() {}

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }

    /** The mail server goes away (as a relay that is down would), and comes back on the same port. */
    public static synchronized void stop() {
        server().stop();
    }

    public static synchronized void start() {
        server().start();
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A message as received: its recipients, subject, headers, both texts, its calendar part, if any,
     * and its attachments (as "file name content type", and their content by file name).
     */
    public record Received(
            MimeMessage message,
            List<String> to,
            String subject,
            String text,
            String html,
            String calendar,
            List<String> attachments,
            Map<String, byte[]> files) {

        public String header(String name) {
            try {
                String[] values = message.getHeader(name);
                return values == null ? null : values[0];
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        public Calendar ical() {
            try {
                return new CalendarBuilder().build(new ByteArrayInputStream(calendar.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException | ParserException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static List<Received> to(String email) {
        return all().stream().filter(m -> m.to().contains(email)).toList();
    }

    public static List<Received> await(String email, int count) {
        return await(m -> m.to().contains(email), count);
    }

    public static List<Received> await(Predicate<Received> matching, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> all().stream().filter(matching).count() >= count);
        return all().stream().filter(matching).toList();
    }

    public static List<Received> all() {
        return Arrays.stream(server().getReceivedMessages()).map(Inbox::read).toList();
    }

    private static Received read(MimeMessage message) {
        try {
            List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(a -> ((InternetAddress) a).getAddress())
                    .toList();
            Parts parts = new Parts();
            parts.walk(message);
            return new Received(
                    message,
                    to,
                    message.getSubject(),
                    parts.text,
                    parts.html,
                    parts.calendar,
                    parts.files,
                    parts.contents);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Parts {
        String text;
        String html;
        String calendar;
        final List<String> files = new ArrayList<>();
        final Map<String, byte[]> contents = new LinkedHashMap<>();

        void walk(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i));
                }
                return;
            }
            if (part instanceof BodyPart body && Part.ATTACHMENT.equalsIgnoreCase(body.getDisposition())) {
                files.add(body.getFileName() + " " + body.getContentType());
                try (InputStream in = body.getInputStream()) {
                    contents.put(body.getFileName(), in.readAllBytes());
                }
                return;
            }
            if (part.isMimeType("text/plain")) {
                text = content(part);
            } else if (part.isMimeType("text/html")) {
                html = content(part);
            } else if (part.isMimeType("text/calendar")) {
                calendar = content(part);
            }
        }

        private static String content(Part part) throws MessagingException, IOException {
            Object content = part.getContent();
            if (content instanceof String s) {
                return s;
            }
            try (InputStream in = (InputStream) content) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
