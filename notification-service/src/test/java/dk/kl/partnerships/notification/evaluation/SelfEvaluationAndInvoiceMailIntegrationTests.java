package dk.kl.partnerships.notification.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.billing.Buyer;
import dk.kl.partnerships.contracts.billing.DocumentKind;
import dk.kl.partnerships.contracts.billing.InvoiceDocumentIssued;
import dk.kl.partnerships.contracts.billing.InvoiceLine;
import dk.kl.partnerships.contracts.evaluation.EvaluationRound;
import dk.kl.partnerships.contracts.evaluation.SelfEvaluationRequested;
import dk.kl.partnerships.contracts.evaluation.SelfEvaluationSubmitted;
import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.contracts.registration.ParticipantRole;
import dk.kl.partnerships.notification.Inbox;
import dk.kl.partnerships.notification.NotificationIntegrationTest;
import dk.kl.partnerships.notification.mail.Mail;
import dk.kl.partnerships.notification.privacy.Erasure;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

class SelfEvaluationAndInvoiceMailIntegrationTests extends NotificationIntegrationTest {

    @Autowired
    Erasure erasure;

    @Test
    void anOutstandingSelfEvaluationIsChasedBeforeAndAfterItsDueDateAndEscalatedASubmittedOneIsNot() {
        String late = address("koordinator", "210");
        String prompt = address("koordinator", "230");
        knownContacts(contacts("210", "Fredensborg", late, null, null));
        knownContacts(contacts("230", "Rudersdal", prompt, null, null));
        LocalDate due = LocalDate.now(COPENHAGEN).plusDays(20);
        SelfEvaluationRequested outstanding = requested("210", due);
        SelfEvaluationRequested submitted = requested("230", due);
        publish(outstanding);
        publish(submitted);

        Inbox.Received request = Inbox.await(selfEvaluationMailTo(late), 1).get(0);
        assertThat(request.subject()).startsWith("Selvevaluering: udfyld senest");
        assertThat(request.text())
                .contains("Fredensborg Kommune udfylde baseline-selvevalueringen")
                .contains("obligatorisk");
        Inbox.await(selfEvaluationMailTo(prompt), 1);
        publish(new SelfEvaluationSubmitted(
                submitted.selfEvaluationId(),
                submitted.programmeId(),
                "230",
                EvaluationRound.BASELINE,
                "dagtilbud",
                1,
                List.of(),
                new BigDecimal("3.00"),
                Instant.now()));
        settle();

        clock.advance(Period.ofDays(14)); // 6 days before: the chaser 7 days before is due
        Inbox.Received chaser = Inbox.await(selfEvaluationMailTo(late), 2).get(1);
        assertThat(chaser.subject()).startsWith("Påmindelse: selvevalueringen skal indsendes senest");
        assertThat(chaser.header("List-Unsubscribe")).isNotNull();
        clock.advance(Period.ofDays(10)); // 4 days after: the chaser 3 days after is due
        Inbox.Received afterDue = Inbox.await(selfEvaluationMailTo(late), 3).get(2);
        assertThat(afterDue.text()).contains("er 4 dage forsinket");
        clock.advance(Period.ofDays(12)); // 16 days after: the 10-day chaser and the escalation
        List<Inbox.Received> all = Inbox.await(selfEvaluationMailTo(late), 5);
        assertThat(all)
                .extracting(Inbox.Received::subject)
                .anyMatch(s -> s.equals("Overskredet frist: selvevalueringen mangler"));
        settle();
        assertThat(Inbox.all().stream().filter(selfEvaluationMailTo(late))).hasSize(5);
        assertThat(Inbox.all().stream().filter(selfEvaluationMailTo(prompt))).hasSize(1);
    }

    /**
     * The self-evaluation messages to an address: other tests' programmes, still known, may remind
     * the same municipality of their deadlines when the clock moves on.
     */
    private static Predicate<Inbox.Received> selfEvaluationMailTo(String email) {
        return m ->
                m.to().contains(email) && m.subject().toLowerCase(Locale.ROOT).contains("selvevaluering");
    }

    @Test
    void anIssuedInvoiceIsAnnouncedToTheInvoiceContactOnceWithItsPdf() {
        String invoiceContact = address("faktura", "240");
        String coordinator = address("koordinator", "240");
        knownContacts(contacts("240", "Egedal", coordinator, null, invoiceContact));
        settle();
        String invoiceId = UUID.randomUUID().toString();
        byte[] pdf = "%PDF-1.4\n% Faktura 2027-000042\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        InvoiceDocumentIssued document = new InvoiceDocumentIssued(
                invoiceId,
                "2027-000042",
                DocumentKind.INVOICE,
                "240",
                UUID.randomUUID().toString(),
                new Buyer(
                        "Egedal Kommune",
                        "5798000012349",
                        "29189900",
                        "BUV-4711",
                        new PostalAddress("Dronning Dagmars Vej 200", "3650", "Ølstykke", "DK")),
                LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 5, 31),
                "DKK",
                List.of(new InvoiceLine(
                        "Deltagelse i netværk",
                        BigDecimal.ONE,
                        new BigDecimal("45000.00"),
                        new BigDecimal("45000.00"),
                        new BigDecimal("25.00"))),
                new BigDecimal("45000.00"),
                new BigDecimal("11250.00"),
                new BigDecimal("56250.00"),
                "faktura-2027-000042.pdf",
                "application/pdf",
                InvoiceDocumentIssued.encode(pdf));
        // delivered again under its own event id, and replayed under a new one
        String eventId = publish(document);
        publish(document, eventId);
        publish(document);

        Inbox.Received notice = Inbox.await(invoiceContact, 1).get(0);
        assertThat(notice.subject()).isEqualTo("Faktura 2027-000042 fra KL");
        assertThat(notice.text())
                .contains("I alt: 56.250,00 DKK")
                .contains("Betales senest 31. maj 2027.")
                .contains("Jeres reference: BUV-4711.")
                .contains("Fakturaen er vedhæftet som PDF.")
                .contains("https://partnerskaber.kl.dk/fakturaer/" + invoiceId);
        assertThat(notice.html()).contains("Fakturaen er vedhæftet som PDF.");
        assertThat(notice.attachments())
                .singleElement()
                .asString()
                .startsWith("faktura-2027-000042.pdf application/pdf");
        assertThat(notice.files()).containsOnlyKeys("faktura-2027-000042.pdf");
        assertThat(notice.files().get("faktura-2027-000042.pdf")).isEqualTo(pdf);
        settle();
        assertThat(Inbox.to(invoiceContact)).hasSize(1);
        assertThat(Inbox.to(coordinator)).isEmpty();
    }

    @Test
    void anErasedPersonIsGoneFromTheServicesStore() {
        String email = address("leder", "250");
        ParticipantRegistered participant = new ParticipantRegistered(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "250",
                UUID.randomUUID().toString(),
                "Mette Holm",
                email,
                ParticipantRole.SCHOOL_LEADER);
        publish(participant);
        knownContacts(contacts("250", "Frederikssund", email, null, null));
        Inbox.await(email, 1);

        erasure.erase(email.toUpperCase());

        assertThat(mongo.count(Query.query(Criteria.where("to.email").is(email)), Mail.class))
                .isZero();
        assertThat(mongo.count(Query.query(Criteria.where("email").is(email)), "participants"))
                .isZero();
        assertThat(mongo.count(Query.query(Criteria.where("coordinator.email").is(email)), "municipalities"))
                .isZero();
        assertThat(mongo.findById("250", org.bson.Document.class, "municipalities"))
                .isNotNull();
    }

    private static SelfEvaluationRequested requested(String code, LocalDate due) {
        return new SelfEvaluationRequested(
                UUID.randomUUID() + ":BASELINE",
                UUID.randomUUID().toString(),
                code,
                EvaluationRound.BASELINE,
                "dagtilbud",
                1,
                due);
    }
}
