package dk.kl.partnerships.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.notification.Inbox;
import dk.kl.partnerships.notification.NotificationIntegrationTest;
import dk.kl.partnerships.security.test.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SendingIntegrationTests extends NotificationIntegrationTest {

    @Autowired
    Mailbox mailbox;

    @Autowired
    MailQueue queue;

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    MailComposer composer;

    @Autowired
    SmtpPostman postman;

    @Autowired
    MailSettings settings;

    @Autowired
    Clock clock;

    @Test
    void aMessageIsRetriedWhileTheMailServerIsDownReportedAsFailedWhenTheAttemptsRunOutAndSentWhenKlResendsIt() {
        String email = address("leder", "751");
        Inbox.stop();
        try {
            assertThat(mailbox.post(welcome(email))).isTrue();
            String id = welcome(email).id();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> queue.find(id).orElseThrow().status() == MailStatus.FAILED);
            Mail failed = queue.find(id).orElseThrow();
            assertThat(failed.attempts()).isEqualTo(3);
            assertThat(failed.note()).startsWith("No connection");
            assertThat(api.get("/api/notifications?status=FAILED", TestTokens.klAdmin())
                            .json()
                            .get("items")
                            .valueStream()
                            .map(m -> m.get("id").asString()))
                    .contains(id);
            assertThat(api.get("/api/notifications?status=FAILED", TestTokens.municipality("751"))
                            .status())
                    .isEqualTo(403);
        } finally {
            Inbox.start();
        }
        String id = welcome(email).id();
        assertThat(api.post("/api/notifications/" + ApiClientPaths.encode(id) + "/resend", TestTokens.klAdmin(), "")
                        .status())
                .isEqualTo(202);
        Inbox.await(email, 1);
        assertThat(queue.find(id).orElseThrow().status()).isEqualTo(MailStatus.SENT);
        assertThat(api.post("/api/notifications/" + ApiClientPaths.encode(id) + "/resend", TestTokens.klAdmin(), "")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aMessageWhoseInstanceStoppedDuringTheTransferIsUncertainAndNeverSentTwiceOneNotYetHandedOverIsSent() {
        String handedOver = address("leder", "851");
        String notYet = address("skoleleder", "851");
        Instant expired = clock.instant().minusSeconds(60);
        mongo.insert(claimed(handedOver, true, expired));
        mongo.insert(claimed(notYet, false, expired));

        Inbox.await(notYet, 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> queue.find(claimed(handedOver, true, expired).id())
                                .orElseThrow()
                                .status()
                        == MailStatus.UNCERTAIN);
        settle();
        assertThat(Inbox.to(handedOver)).isEmpty();
        assertThat(api.get("/api/notifications?status=UNCERTAIN", TestTokens.klAdmin())
                        .body())
                .contains(handedOver);
    }

    @Test
    void threeInstancesSendingAtOnceSendEveryMessageOnce() {
        List<String> recipients = IntStream.range(0, 30)
                .mapToObj(i -> address("deltager" + i, "101"))
                .toList();
        MailRelay second = new MailRelay(queue, composer, postman, mailbox, settings, clock);
        MailRelay third = new MailRelay(queue, composer, postman, mailbox, settings, clock);
        recipients.forEach(email -> mailbox.post(welcome(email)));

        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (MailRelay relay : List.of(second, third)) {
            running.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 20; i++) {
                    relay.deliver();
                }
            }));
        }
        running.forEach(CompletableFuture::join);

        Inbox.await(m -> recipients.contains(m.to().get(0)), recipients.size());
        settle();
        for (String email : recipients) {
            assertThat(Inbox.to(email)).as(email).hasSize(1);
        }
    }

    @Test
    void aRecipientTurnsOffRemindersFromTheLinkButNotTheMessagesTheyMustHave() {
        String email = address("koordinator", "147");
        String token = tokens.token(email, MailKind.MEETING_REMINDER);

        ApiClient.Response ask = api.get("/api/notifications/unsubscribe?token=" + token, null);
        assertThat(ask.status()).isEqualTo(200);
        assertThat(ask.contentType()).startsWith("text/html");
        assertThat(ask.body()).contains("påmindelser før møder").contains(email).contains("<form method=\"post\"");
        assertThat(mailbox.post(reminder(email))).isTrue();
        Inbox.await(email, 1);

        ApiClient.Response done = api.post("/api/notifications/unsubscribe?token=" + token, null, "");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("Tak, det er noteret");

        Letter next = new Letter(
                MailKind.MEETING_REMINDER,
                "another-meeting",
                "t",
                new Recipient("K", email),
                reminder(email).model());
        assertThat(mailbox.post(next)).isFalse();
        assertThat(queue.find(next.id()).orElseThrow().status()).isEqualTo(MailStatus.SUPPRESSED);
        assertThat(mailbox.post(welcome(email))).isTrue();
        Inbox.await(email, 2);

        assertThat(api.get("/api/notifications/unsubscribe?token=" + tokens.token(email, MailKind.INVITATION), null)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/notifications/unsubscribe?token=" + token.replace('.', 'x') + "A", null)
                        .status())
                .isEqualTo(404);
        String forged = tokens.token("someone.else@kommune147.dk", MailKind.MEETING_REMINDER);
        String tampered = forged.substring(0, forged.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThat(api.post("/api/notifications/unsubscribe?token=" + tampered, null, "")
                        .status())
                .isEqualTo(404);
        settle();
        assertThat(Inbox.to(email)).hasSize(2);
    }

    private static Letter welcome(String email) {
        return new Letter(
                MailKind.PARTICIPANT_WELCOME,
                "p-" + email,
                "participant:" + email,
                new Recipient("Mette Holm", email),
                model());
    }

    private static Letter reminder(String email) {
        Map<String, Object> model = new java.util.HashMap<>(LettersTests.model(MailKind.MEETING_REMINDER));
        model.remove("recipient");
        model.remove("links");
        model.remove("unsubscribeUrl");
        return new Letter(
                MailKind.MEETING_REMINDER, "meeting-1", "meeting:1", new Recipient("Koordinator", email), model);
    }

    private static Map<String, Object> model() {
        return Map.of("participant", Map.of("name", "Mette Holm", "role", "INSTITUTION_LEADER"));
    }

    private static Mail claimed(String email, boolean transmitting, Instant leaseUntil) {
        return new Mail(
                "PARTICIPANT_WELCOME:crash:" + email,
                MailKind.PARTICIPANT_WELCOME,
                "crash",
                "participant:crash",
                new Recipient("Mette Holm", email),
                "Velkommen",
                "<p>Velkommen</p>",
                "Velkommen\n",
                List.of(),
                null,
                MailStatus.SENDING,
                null,
                0,
                leaseUntil,
                leaseUntil,
                leaseUntil,
                "a-stopped-instance",
                transmitting,
                null);
    }

    /** Message ids contain ':' and '@', which a path segment may carry once encoded. */
    static final class ApiClientPaths {
        static String encode(String id) {
            return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
