package dk.kl.partnerships.localstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's mail server (GreenMail): the platform's messages go to its SMTP port and
 * are kept in memory, one mailbox per recipient, for a developer to read over IMAP — the user
 * name is the recipient's address, any password will do.
 *
 * <p>Memory holds the latest messages only: once the kept messages together exceed a size (64 MB
 * unless given), the oldest are removed, checked every second. Every invoice's message carries its
 * PDF, so keeping all of them filled the process's heap within some thousand invoices.
 */
public final class MailServer implements LocalStack.Component {

    /** How much mail is kept unless told otherwise: some thousand messages with a PDF each. */
    public static final long DEFAULT_KEPT_BYTES = 64L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(MailServer.class);

    private final GreenMail greenMail;
    private final long keptBytes;
    private final ScheduledExecutorService retention;

    private MailServer(GreenMail greenMail, long keptBytes) {
        this.greenMail = greenMail;
        this.keptBytes = keptBytes;
        this.retention = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mail-retention");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** SMTP on {@code smtpPort} and, unless 0, IMAP on {@code imapPort}, both on 127.0.0.1. */
    public static MailServer start(int smtpPort, int imapPort) {
        return start(smtpPort, imapPort, DEFAULT_KEPT_BYTES);
    }

    /** As {@link #start(int, int)}, keeping the latest messages up to {@code keptBytes} together. */
    public static MailServer start(int smtpPort, int imapPort, long keptBytes) {
        List<ServerSetup> setups = new ArrayList<>();
        setups.add(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        if (imapPort != 0) {
            setups.add(new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        }
        GreenMail greenMail = new GreenMail(setups.toArray(ServerSetup[]::new))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        MailServer server = new MailServer(greenMail, keptBytes);
        server.retention.scheduleWithFixedDelay(server::trimLogged, 1, 1, TimeUnit.SECONDS);
        return server;
    }

    /**
     * Removes the oldest messages, in every mailbox, until the rest fit in the kept size; how many it
     * removed.
     */
    synchronized int trim() throws FolderException {
        ImapHostManager mailboxes = greenMail.getManagers().getImapHostManager();
        List<Kept> kept = new ArrayList<>();
        long total = 0;
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            MailFolder inbox = mailboxes.getInbox(user);
            for (StoredMessage message : inbox.getNonDeletedMessages()) {
                kept.add(new Kept(inbox, message));
                total += message.getAttributes().getSize();
            }
        }
        if (total <= keptBytes) {
            return 0;
        }
        kept.sort(Comparator.comparing((Kept k) -> k.message().getReceivedDate())
                .thenComparingLong(k -> k.message().getUid()));
        Set<MailFolder> touched = new LinkedHashSet<>();
        int removed = 0;
        for (Kept oldest : kept) {
            if (total <= keptBytes) {
                break;
            }
            oldest.message().setFlag(Flags.Flag.DELETED, true);
            touched.add(oldest.folder());
            total -= oldest.message().getAttributes().getSize();
            removed++;
        }
        for (MailFolder folder : touched) {
            folder.expunge();
        }
        return removed;
    }

    private void trimLogged() {
        try {
            int removed = trim();
            if (removed > 0) {
                log.debug("Removed the {} oldest messages to keep {} bytes of mail", removed, keptBytes);
            }
        } catch (FolderException | RuntimeException e) {
            log.warn("Could not remove old mail", e);
        }
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
        retention.shutdownNow();
        greenMail.stop();
    }

    private record Kept(MailFolder folder, StoredMessage message) {}
}
