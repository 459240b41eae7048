package dk.kl.partnerships.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.kit.domain.BusinessTime;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The e-mails of a programme, read from the embedded mail server over IMAP as a person's mail
 * program would: the municipality's contacts are kept in registration-service, KL publishes a
 * programme (the invitation), a participant is named (the welcome) and signed up for a meeting
 * two days and a little ahead (the confirmation with its calendar invitation, then the reminder
 * two days before), and KL cancels the meeting (the cancellation, taking it out of the calendar).
 * The municipality's joining is invoiced: its invoice contact receives the invoice with its PDF.
 */
class NotificationSystemTests {

    private static final String CODE = "201";

    static Platform platform;
    static Client client;
    static Scenario scenario;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.everything();
        client = new Client(platform).viaGateway();
        scenario = new Scenario(client);
    }

    @Test
    void aProgrammesInvitationReminderConfirmationAndCancellationReachThePeopleConcerned() throws Exception {
        String token = client.token("MUNICIPALITY", CODE);
        String coordinator = "koordinator@alleroed.dk";
        String participantEmail = "mette.holm@alleroed.dk";
        String invoiceContact = "faktura@alleroed.dk";
        client.put(
                        Platform.REGISTRATION,
                        "/api/municipalities/" + CODE + "/contacts",
                        token,
                        Map.of(
                                "coordinator", Map.of("name", "Lone Berg", "email", coordinator),
                                "directorsOffice", Map.of("name", "Direktionen", "email", "direktion@alleroed.dk"),
                                "invoiceContact", Map.of("name", "Bogholderiet", "email", invoiceContact)))
                .expect(200);
        client.put(
                        Platform.REGISTRATION,
                        "/api/municipalities/" + CODE + "/contacts",
                        token,
                        Map.of("coordinator", Map.of("name", "Lone Berg", "email", "ikke en adresse")))
                .expect(400);

        String programme = scenario.publishedProgramme("NETWORK", "45000.00");
        Mail invitation = awaitMail(coordinator, m -> m.subject.startsWith("Invitation: System test network"));
        assertThat(invitation.text).contains("uanset om I ønsker at deltage eller ej");
        awaitMail("direktion@alleroed.dk", m -> m.subject.startsWith("Invitation: System test network"));

        String enrolment = scenario.joined(programme, CODE);
        Mail invoice = awaitMail(invoiceContact, m -> m.subject.startsWith("Faktura "));
        Matcher number = Pattern.compile("Faktura (\\d{4}-\\d{6}) fra KL").matcher(invoice.subject);
        assertThat(number.find()).as(invoice.subject).isTrue();
        assertThat(invoice.text).contains("Fakturaen er vedhæftet som PDF");
        assertThat(invoice.files).containsOnlyKeys("faktura-" + number.group(1) + ".pdf");
        byte[] pdf = invoice.files.get("faktura-" + number.group(1) + ".pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Faktura " + number.group(1));
        }
        String participant = client.post(
                        Platform.REGISTRATION,
                        "/api/enrolments/" + enrolment + "/participants",
                        token,
                        Map.of("name", "Mette Holm", "email", participantEmail, "role", "INSTITUTION_LEADER"))
                .expect(201)
                .json()
                .get("id")
                .asString();
        awaitMail(participantEmail, m -> m.subject.startsWith("Velkommen"));

        // The reminder goes two days before the start: here about half a minute after the sign-up.
        LocalDateTime start =
                LocalDateTime.now(BusinessTime.ZONE).plusDays(2).plusSeconds(40).truncatedTo(ChronoUnit.SECONDS);
        String meeting = client.post(
                        Platform.MEETING,
                        "/api/meetings",
                        scenario.klToken(),
                        Scenario.meeting(
                                programme, null, "OPEN_THEME_MEETING", start, 30, null, "Allerød Rådhus", CODE))
                .expect(201)
                .json()
                .get("id")
                .asString();
        client.post(
                        Platform.MEETING,
                        "/api/meetings/" + meeting + "/sign-ups",
                        token,
                        Map.of("participantId", participant))
                .expect(201);

        Mail confirmation = awaitMail(participantEmail, m -> m.subject.startsWith("Tilmeldt:"));
        Calendar invitationIcs = confirmation.calendar();
        assertThat(invitationIcs.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("REQUEST");
        String uid = invitationIcs
                .getComponent("VEVENT")
                .orElseThrow()
                .getProperty(Property.UID)
                .orElseThrow()
                .getValue();
        assertThat(uid).isEqualTo(meeting + "@partnerships.kl.dk");

        Mail reminder = awaitMail(participantEmail, m -> m.subject.startsWith("Påmindelse: Konference om dagtilbud"));
        assertThat(reminder.text).contains("Vi glæder os til at se dig");

        client.post(
                        Platform.MEETING,
                        "/api/meetings/" + meeting + "/cancellation",
                        scenario.klToken(),
                        Map.of("reason", "Sygdom blandt oplægsholderne"))
                .expect(200);
        Mail cancellation = awaitMail(participantEmail, m -> m.subject.startsWith("Aflyst:"));
        assertThat(cancellation.text).contains("Begrundelse: Sygdom blandt oplægsholderne");
        Calendar cancelIcs = cancellation.calendar();
        assertThat(cancelIcs.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("CANCEL");
        assertThat(cancelIcs
                        .getComponent("VEVENT")
                        .orElseThrow()
                        .getProperty(Property.UID)
                        .orElseThrow()
                        .getValue())
                .isEqualTo(uid);

        assertThat(read(coordinator).stream().filter(m -> m.subject.startsWith("Invitation: System test network")))
                .hasSize(1);
        assertThat(read(participantEmail).stream().map(m -> m.subject.substring(0, m.subject.indexOf(' '))))
                .containsExactly("Velkommen", "Tilmeldt:", "Påmindelse:", "Aflyst:");
        assertThat(read(invoiceContact)).hasSize(1);
    }

    /** One message as a mail program shows it: subject, plain text, the calendar invitation and the attached files. */
    record Mail(String subject, String text, String ics, Map<String, byte[]> files) {
        Calendar calendar() throws Exception {
            return new CalendarBuilder().build(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static Mail awaitMail(String address, java.util.function.Predicate<Mail> matching) {
        return await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> read(address).stream().filter(matching).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    /** The recipient's inbox over IMAP: the user name is the address, any password will do. */
    private static List<Mail> read(String address) throws MessagingException, IOException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", platform.imapPort(), address, "system-test");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Mail> mails = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                String[] parts = new String[2];
                Map<String, byte[]> files = new LinkedHashMap<>();
                walk(message, parts, files);
                mails.add(new Mail(message.getSubject(), parts[0], parts[1], files));
            }
            inbox.close(false);
            return mails;
        } finally {
            store.close();
        }
    }

    private static void walk(Part part, String[] parts, Map<String, byte[]> files)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), parts, files);
            }
        } else if (part.isMimeType("application/pdf") && Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                files.put(part.getFileName(), in.readAllBytes());
            }
        } else if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            parts[0] = text(part);
        } else if (part.isMimeType("text/calendar") && parts[1] == null) {
            parts[1] = text(part);
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        try (InputStream in = (InputStream) content) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
