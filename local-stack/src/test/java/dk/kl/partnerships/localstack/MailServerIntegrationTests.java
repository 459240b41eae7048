package dk.kl.partnerships.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MailServerIntegrationTests {

    @Test
    void acceptsMailOverSmtpAndShowsItToTheRecipientOverImap() throws Exception {
        try (MailServer mail = MailServer.start(freePort(), freePort())) {
            GreenMailUtil.sendTextEmail(
                    "mette.holm@vejle.dk",
                    "partnerskaber@kl.dk",
                    "Invitation",
                    "Giv os besked senest 5. maj 2027",
                    new ServerSetup(mail.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", mail.imapPort(), "mette.holm@vejle.dk", "any password");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();

            assertThat(messages).hasSize(1);
            assertThat(messages[0].getSubject()).isEqualTo("Invitation");
            assertThat(GreenMailUtil.getBody(messages[0])).contains("5. maj 2027");
            store.close();
        }
    }

    @Test
    void keepsTheLatestMessagesWithinItsSizeAndRemovesTheOldestFromEveryMailbox() throws Exception {
        byte[] pdf = new byte[50_000];
        new Random(7).nextBytes(pdf);
        try (MailServer mail = MailServer.start(freePort(), freePort(), 150_000)) {
            ServerSetup smtp = new ServerSetup(mail.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            send("oekonomi@aarhus.dk", "Faktura 0", pdf, smtp);
            for (int i = 1; i <= 5; i++) {
                send("oekonomi@vejle.dk", "Faktura " + i, pdf, smtp);
            }

            assertThat(mail.trim()).as("four of six, each about 68 kB encoded").isEqualTo(4);
            assertThat(subjects(mail, "oekonomi@vejle.dk")).containsExactly("Faktura 4", "Faktura 5");
            assertThat(subjects(mail, "oekonomi@aarhus.dk")).isEmpty();
            assertThat(mail.trim()).as("what is left fits").isZero();

            send("oekonomi@aarhus.dk", "Faktura 6", pdf, smtp);
            assertThat(mail.trim()).isEqualTo(1);
            assertThat(subjects(mail, "oekonomi@vejle.dk")).containsExactly("Faktura 5");
            assertThat(subjects(mail, "oekonomi@aarhus.dk")).containsExactly("Faktura 6");
        }
    }

    private static void send(String to, String subject, byte[] pdf, ServerSetup smtp) {
        GreenMailUtil.sendAttachmentEmail(
                to,
                "partnerskaber@kl.dk",
                subject,
                "Fakturaen er vedhæftet.",
                pdf,
                "application/pdf",
                "faktura.pdf",
                "Faktura",
                smtp);
    }

    private static List<String> subjects(MailServer mail, String recipient) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", mail.imapPort(), recipient, "any password");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> subjects = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                subjects.add(message.getSubject());
            }
            inbox.close(false);
            return subjects;
        } finally {
            store.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
