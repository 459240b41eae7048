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
import java.util.Properties;
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
