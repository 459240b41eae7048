package dk.kl.partnerships.localstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded default's mail server (GreenMail): the platform's messages go to its SMTP port and
 * are kept in memory, one mailbox per recipient, for a developer to read over IMAP — the user
 * name is the recipient's address, any password will do.
 */
public final class MailServer implements LocalStack.Component {

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** SMTP on {@code smtpPort} and, unless 0, IMAP on {@code imapPort}, both on 127.0.0.1. */
    public static MailServer start(int smtpPort, int imapPort) {
        List<ServerSetup> setups = new ArrayList<>();
        setups.add(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        if (imapPort != 0) {
            setups.add(new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        }
        GreenMail greenMail = new GreenMail(setups.toArray(ServerSetup[]::new))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new MailServer(greenMail);
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap() == null ? 0 : greenMail.getImap().getPort();
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public String address() {
        return "smtp 127.0.0.1:" + smtpPort() + (imapPort() == 0 ? "" : ", imap 127.0.0.1:" + imapPort());
    }

    @Override
    public boolean answers() {
        return LocalStack.Component.acceptsConnections(smtpPort());
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
