package dk.kl.partnerships.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.billing.einvoice.PeppolRules;
import dk.kl.partnerships.billing.payment.PaymentTracking;
import dk.kl.partnerships.billing.registration.CurrentBuyerRepository;
import dk.kl.partnerships.billing.registration.InstalmentInvoicing;
import dk.kl.partnerships.billing.registration.Membership;
import dk.kl.partnerships.billing.registration.MembershipRepository;
import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.meeting.Attendance;
import dk.kl.partnerships.contracts.meeting.GuestAttendance;
import dk.kl.partnerships.contracts.meeting.GuestOrganisation;
import dk.kl.partnerships.contracts.meeting.MeetingAttendanceCorrected;
import dk.kl.partnerships.contracts.meeting.MeetingHeld;
import dk.kl.partnerships.contracts.registration.BillingDetails;
import dk.kl.partnerships.contracts.registration.BillingProfileChanged;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.kit.test.MutableClock;
import dk.kl.partnerships.kit.test.RegistrationEvents;
import dk.kl.partnerships.security.test.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Billing over a programme's life, with a clock the tests move forward: instalments, withdrawals,
 * meeting fees, payments and overdue invoices, each seen on the finance stream and over HTTP.
 */
@IntegrationTest
@Import(BillingLifecycleIntegrationTests.TestClock.class)
class BillingLifecycleIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration
    static class TestClock {
        @Bean
        MutableClock clock() {
            return new MutableClock(BusinessTime.ZONE);
        }
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    MutableClock clock;

    @Autowired
    InstalmentInvoicing billing;

    @Autowired
    PaymentTracking payments;

    @Autowired
    MembershipRepository memberships;

    @Autowired
    CurrentBuyerRepository currentBuyers;

    KafkaProbe finance;
    ApiClient api;

    @BeforeEach
    void setUp() {
        finance = KafkaProbe.reading(kafka, Topic.INVOICES.topicName());
        api = ApiClient.onPort(port);
    }

    @AfterEach
    void tearDown() {
        finance.close();
        clock.reset();
    }

    @Test
    void aPartnershipIsInvoicedInTwoInstalmentsTwelveMonthsApart() {
        ProgrammePublished programme =
                RegistrationEvents.partnership(LocalDate.now(BusinessTime.ZONE).plusMonths(2));
        MunicipalityJoined joined = RegistrationEvents.joined(programme, "265", LocalDate.now(BusinessTime.ZONE));
        KafkaProbe.publish(kafka, programme);
        KafkaProbe.publish(kafka, joined);
        JsonNode first =
                events(EventType.INVOICE_ISSUED, joined.enrolmentId(), 1).get(0);

        clock.advance(Period.ofMonths(12));
        billing.invoiceDueInstalments();

        List<JsonNode> both = events(EventType.INVOICE_ISSUED, joined.enrolmentId(), 2);
        JsonNode second = both.get(1);
        assertThat(first.at("/lines/0/description").asString()).endsWith("rate 1 af 2");
        assertThat(second.at("/lines/0/description").asString()).endsWith("rate 2 af 2");
        for (JsonNode invoice : both) {
            assertThat(invoice.get("netTotal").asString()).isEqualTo("55000.00");
            assertThat(invoice.get("vatTotal").asString()).isEqualTo("13750.00");
            assertThat(invoice.get("grossTotal").asString()).isEqualTo("68750.00");
            assertThat(invoice.at("/cause/eventType").asString()).isEqualTo("MunicipalityJoined");
        }
        assertThat(second.get("issuedOn").asString())
                .isEqualTo(LocalDate.now(clock).toString());
        billing.invoiceDueInstalments();
        assertThat(finance.drain(issuedFor(joined.enrolmentId()), Duration.ofSeconds(2)))
                .hasSize(2);
    }

    @Test
    void aBillingProfileChangedAfterJoiningReachesTheSecondInstalment() {
        ProgrammePublished programme =
                RegistrationEvents.partnership(LocalDate.now(BusinessTime.ZONE).plusMonths(2));
        MunicipalityJoined joined = RegistrationEvents.joined(programme, "173", LocalDate.now(BusinessTime.ZONE));
        KafkaProbe.publish(kafka, programme);
        KafkaProbe.publish(kafka, joined);
        JsonNode first =
                events(EventType.INVOICE_ISSUED, joined.enrolmentId(), 1).get(0);
        BillingProfileChanged changed = new BillingProfileChanged(
                "173",
                "Lyngby-Taarbæk",
                new BillingDetails(
                        "5798000012356",
                        RegistrationEvents.CVR,
                        "BUV-173-NY",
                        new PostalAddress("Lyngby Torv 17", "2800", "Kongens Lyngby", "DK"),
                        "PO-173-9",
                        "4.1.2.3-173"),
                Instant.now());
        KafkaProbe.publish(kafka, changed);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> currentBuyers.findById("173").isPresent());

        clock.advance(Period.ofMonths(12));
        billing.invoiceDueInstalments();

        JsonNode second =
                events(EventType.INVOICE_ISSUED, joined.enrolmentId(), 2).get(1);
        assertThat(first.at("/buyer/ean").asString()).isEqualTo(RegistrationEvents.EAN);
        assertThat(first.at("/buyer/reference").asString()).isEqualTo("BUV-173");
        assertThat(second.at("/buyer/ean").asString()).isEqualTo("5798000012356");
        assertThat(second.at("/buyer/reference").asString()).isEqualTo("BUV-173-NY");
        assertThat(second.at("/buyer/address/street").asString()).isEqualTo("Lyngby Torv 17");
        assertThat(second.at("/buyer/name").asString()).isEqualTo("Lyngby-Taarbæk Kommune");
        Response ubl = api.get("/api/invoices/" + second.get("invoiceId").asString() + "/ubl", TestTokens.finance());
        assertThat(ubl.body())
                .contains("5798000012356")
                .contains("BUV-173-NY")
                .contains("<cac:OrderReference><cbc:ID>PO-173-9</cbc:ID></cac:OrderReference>")
                .contains("<cbc:AccountingCost>4.1.2.3-173</cbc:AccountingCost>");
        assertThat(api.get("/api/invoices/" + first.get("invoiceId").asString() + "/ubl", TestTokens.finance())
                        .body())
                .as("the first instalment went out before the municipality gave an order reference")
                .doesNotContain("OrderReference")
                .doesNotContain("AccountingCost");
        assertThat(PeppolRules.fatal(PeppolRules.invoice(ubl.body().getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    @Test
    void aBillingProfileOlderThanTheJoiningDoesNotReplaceItsDetails() {
        KafkaProbe.publish(
                kafka,
                new BillingProfileChanged(
                        "175",
                        "Rødovre",
                        new BillingDetails(
                                "5798000047112",
                                RegistrationEvents.CVR,
                                "BUV-175-GAMMEL",
                                new PostalAddress("Rødovre Parkvej 150", "2610", "Rødovre", "DK"),
                                null,
                                null),
                        Instant.now().minus(Duration.ofDays(1))));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> currentBuyers.findById("175").isPresent());
        ProgrammePublished programme =
                RegistrationEvents.partnership(LocalDate.now(BusinessTime.ZONE).plusMonths(2));
        MunicipalityJoined joined = RegistrationEvents.joined(programme, "175", LocalDate.now(BusinessTime.ZONE));
        KafkaProbe.publish(kafka, programme);
        KafkaProbe.publish(kafka, joined);
        events(EventType.INVOICE_ISSUED, joined.enrolmentId(), 1);

        clock.advance(Period.ofMonths(12));
        billing.invoiceDueInstalments();

        assertThat(events(EventType.INVOICE_ISSUED, joined.enrolmentId(), 2))
                .extracting(n -> n.at("/buyer/reference").asString())
                .containsExactly("BUV-175", "BUV-175");
    }

    @Test
    void aWithdrawalBeforeTheStartCreditsWhatWasInvoicedAndCancelsTheRest() {
        ProgrammePublished programme =
                RegistrationEvents.partnership(LocalDate.now(BusinessTime.ZONE).plusMonths(3));
        MunicipalityJoined joined = RegistrationEvents.joined(programme, "329", LocalDate.now(BusinessTime.ZONE));
        KafkaProbe.publish(kafka, programme);
        KafkaProbe.publish(kafka, joined);
        JsonNode invoice =
                events(EventType.INVOICE_ISSUED, joined.enrolmentId(), 1).get(0);

        KafkaProbe.publish(kafka, RegistrationEvents.withdrew(joined, LocalDate.now(BusinessTime.ZONE)));

        JsonNode credit =
                events(EventType.CREDIT_NOTE_ISSUED, joined.enrolmentId(), 1).get(0);
        assertThat(credit.get("creditedInvoiceId").asString())
                .isEqualTo(invoice.get("invoiceId").asString());
        assertThat(credit.get("creditedInvoiceNumber").asString())
                .isEqualTo(invoice.get("invoiceNumber").asString());
        assertThat(credit.get("grossTotal").asString()).isEqualTo("68750.00");
        assertThat(credit.get("series").asString()).isEqualTo("CREDIT_NOTE");
        assertThat(credit.get("creditNoteNumber").asString()).matches("K\\d{4}-\\d{6}");
        assertThat(credit.get("reason").asString()).contains(" før start ");
        assertThat(credit.at("/cause/eventType").asString()).isEqualTo("MunicipalityWithdrew");
        assertThat(api.get("/api/invoices/" + invoice.get("invoiceId").asString(), TestTokens.finance())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("CREDITED");
        clock.advance(Period.ofMonths(13));
        billing.invoiceDueInstalments();
        assertThat(finance.drain(issuedFor(joined.enrolmentId()), Duration.ofSeconds(2)))
                .hasSize(1);
    }

    @Test
    void aWithdrawalAfterTheStartLeavesIssuedInvoicesAndCancelsLaterInstalments() {
        ProgrammePublished programme =
                RegistrationEvents.partnership(LocalDate.now(BusinessTime.ZONE).minusMonths(1));
        MunicipalityJoined joined = RegistrationEvents.joined(programme, "370", LocalDate.now(BusinessTime.ZONE));
        KafkaProbe.publish(kafka, programme);
        KafkaProbe.publish(kafka, joined);
        events(EventType.INVOICE_ISSUED, joined.enrolmentId(), 1);

        KafkaProbe.publish(kafka, RegistrationEvents.withdrew(joined, LocalDate.now(BusinessTime.ZONE)));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> memberships
                        .findById(joined.enrolmentId())
                        .flatMap(Membership::leaving)
                        .isPresent());
        clock.advance(Period.ofMonths(13));
        billing.invoiceDueInstalments();

        assertThat(finance.drain(r -> KafkaProbe.payload(r).contains(joined.enrolmentId()), Duration.ofSeconds(3)))
                .singleElement()
                .satisfies(
                        r -> assertThat(KafkaProbe.header(r, "ce_type")).isEqualTo(EventType.INVOICE_ISSUED.ceType()));
    }

    @Test
    void aWithdrawalThatArrivesBeforeTheJoiningEndsTheSameAsInOrder() {
        ProgrammePublished programme =
                RegistrationEvents.partnership(LocalDate.now(BusinessTime.ZONE).plusMonths(3));
        MunicipalityJoined joined = RegistrationEvents.joined(programme, "336", LocalDate.now(BusinessTime.ZONE));
        KafkaProbe.publish(kafka, programme);
        KafkaProbe.publish(kafka, RegistrationEvents.withdrew(joined, LocalDate.now(BusinessTime.ZONE)));
        KafkaProbe.publish(kafka, joined);

        JsonNode invoice =
                events(EventType.INVOICE_ISSUED, joined.enrolmentId(), 1).get(0);
        JsonNode credit =
                events(EventType.CREDIT_NOTE_ISSUED, joined.enrolmentId(), 1).get(0);

        assertThat(credit.get("creditedInvoiceId").asString())
                .isEqualTo(invoice.get("invoiceId").asString());
        clock.advance(Period.ofMonths(13));
        billing.invoiceDueInstalments();
        assertThat(finance.drain(r -> KafkaProbe.payload(r).contains(joined.enrolmentId()), Duration.ofSeconds(3)))
                .hasSize(2);
    }

    @Test
    void aPaidThemeMeetingInvoicesEachMunicipalityForItsAttendees() {
        ProgrammePublished programme =
                RegistrationEvents.network(LocalDate.now(BusinessTime.ZONE).plusMonths(1));
        MunicipalityJoined roskilde = RegistrationEvents.joined(programme, "265", LocalDate.now(BusinessTime.ZONE));
        KafkaProbe.publish(kafka, programme);
        KafkaProbe.publish(kafka, roskilde);
        events(EventType.INVOICE_ISSUED, roskilde.enrolmentId(), 1);
        var meeting = BillingFixtures.paidThemeMeeting(
                programme.programmeId(), Map.of("265", List.of("p1", "p2"), "530", List.of("p3"), "751", List.of()));

        KafkaProbe.publish(kafka, meeting);

        JsonNode roskildeFee = events(EventType.INVOICE_ISSUED, "inv-mtg-" + meeting.meetingId() + "-265", 1)
                .get(0);
        assertThat(roskildeFee.at("/lines/0/quantity").asString()).isEqualTo("2.00");
        assertThat(roskildeFee.at("/lines/0/unitPrice").asString()).isEqualTo("1500.00");
        assertThat(roskildeFee.get("grossTotal").asString()).isEqualTo("3750.00");
        assertThat(roskildeFee.at("/cause/eventType").asString()).isEqualTo("MeetingHeld");
        assertThat(finance.drain(issuedFor("inv-mtg-" + meeting.meetingId() + "-530"), Duration.ofSeconds(2)))
                .isEmpty();

        KafkaProbe.publish(kafka, RegistrationEvents.joined(programme, "530", LocalDate.now(BusinessTime.ZONE)));
        JsonNode billundFee = events(EventType.INVOICE_ISSUED, "inv-mtg-" + meeting.meetingId() + "-530", 1)
                .get(0);
        assertThat(billundFee.get("grossTotal").asString()).isEqualTo("1875.00");
        KafkaProbe.publish(kafka, meeting);
        assertThat(finance.drain(r -> KafkaProbe.payload(r).contains(meeting.meetingId()), Duration.ofSeconds(3)))
                .hasSize(2);
    }

    @Test
    void guestOrganisationsAreInvoicedPerMeetingForTheirGuestsAsPeppolInvoicesAndWalkInsCountForTheirMunicipality() {
        ProgrammePublished programme =
                RegistrationEvents.network(LocalDate.now(BusinessTime.ZONE).plusMonths(1));
        MunicipalityJoined roskilde = RegistrationEvents.joined(programme, "265", LocalDate.now(BusinessTime.ZONE));
        KafkaProbe.publish(kafka, programme);
        KafkaProbe.publish(kafka, roskilde);
        events(EventType.INVOICE_ISSUED, roskilde.enrolmentId(), 1);
        MeetingHeld plain = BillingFixtures.paidThemeMeeting(programme.programmeId(), Map.of());
        GuestAttendance bupl = new GuestAttendance(
                "0184:12345674",
                new GuestOrganisation(
                        "BUPL",
                        new PostalAddress("Blegdamsvej 124", "2100", "København Ø", "DK"),
                        "12345674",
                        null,
                        null),
                List.of("g1", "g2"));
        GuestAttendance foa = new GuestAttendance(
                "0088:" + RegistrationEvents.EAN,
                new GuestOrganisation(
                        "FOA",
                        new PostalAddress("Staunings Plads 1", "1790", "København V", "DK"),
                        null,
                        RegistrationEvents.EAN,
                        "FOA-2026"),
                List.of("g3"));
        MeetingHeld held = new MeetingHeld(
                plain.meetingId(),
                plain.programmeId(),
                null,
                plain.kind(),
                plain.title(),
                plain.heldOn(),
                plain.feePerParticipant(),
                plain.currency(),
                List.of(new Attendance("265", List.of("p1", "walk-in-1"), List.of("walk-in-1"))),
                List.of(bupl, foa));

        KafkaProbe.publish(kafka, held);

        JsonNode roskildeFee = events(EventType.INVOICE_ISSUED, "inv-mtg-" + held.meetingId() + "-265", 1)
                .get(0);
        assertThat(roskildeFee.at("/lines/0/quantity").asString())
                .as("the walk-in is one of Roskilde's attendees")
                .isEqualTo("2.00");
        String buplInvoice = "/api/invoices/inv-mtg-" + held.meetingId() + "-org-0184-12345674";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(buplInvoice, TestTokens.finance()).status() == 200);
        JsonNode buplJson = api.get(buplInvoice, TestTokens.finance()).json();
        assertThat(buplJson.at("/lines/0/quantity").asString()).isEqualTo("2.00");
        assertThat(buplJson.get("grossTotal").asString()).isEqualTo("3750.00");
        assertThat(buplJson.at("/buyer/name").asString()).isEqualTo("BUPL");
        assertThat(api.get(buplInvoice, TestTokens.municipality("265")).status())
                .as("an organisation's invoice is no municipality's")
                .isEqualTo(404);
        ConsumerRecord<String, byte[]> announced = finance.await(
                        issuedFor("inv-mtg-" + held.meetingId() + "-org-0184-12345674"), 1, Duration.ofSeconds(30))
                .get(0);
        assertThat(announced.key()).as("keyed by the organisation").isEqualTo("0184:12345674");
        JsonNode issued = JSON.readTree(KafkaProbe.payload(announced));
        assertThat(issued.get("municipalityCode").isNull()).isTrue();
        assertThat(issued.get("organisationId").asString()).isEqualTo("0184:12345674");
        assertThat(issued.at("/buyer/cvr").asString()).isEqualTo("12345674");
        assertThat(issued.at("/lines/0/quantity").asString()).isEqualTo("2.00");
        String buplXml = api.get(buplInvoice + "/ubl", TestTokens.finance()).body();
        assertThat(buplXml)
                .contains("<cbc:EndpointID schemeID=\"0184\">12345674</cbc:EndpointID>")
                .contains("<cbc:BuyerReference>" + held.meetingId() + "</cbc:BuyerReference>");
        assertThat(PeppolRules.fatal(PeppolRules.invoice(buplXml.getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
        String foaXml = api.get(
                        "/api/invoices/inv-mtg-" + held.meetingId() + "-org-0088-" + RegistrationEvents.EAN + "/ubl",
                        TestTokens.finance())
                .body();
        assertThat(foaXml)
                .contains("<cbc:EndpointID schemeID=\"0088\">" + RegistrationEvents.EAN + "</cbc:EndpointID>")
                .contains("<cbc:BuyerReference>FOA-2026</cbc:BuyerReference>");
        assertThat(PeppolRules.fatal(PeppolRules.invoice(foaXml.getBytes(StandardCharsets.UTF_8))))
                .isEmpty();

        KafkaProbe.publish(
                kafka,
                new MeetingAttendanceCorrected(
                        held.meetingId(),
                        held.programmeId(),
                        null,
                        held.kind(),
                        held.title(),
                        held.heldOn(),
                        1,
                        held.feePerParticipant(),
                        held.currency(),
                        held.attendance(),
                        "One of BUPL's guests did not come",
                        List.of(new GuestAttendance(bupl.organisationId(), bupl.organisation(), List.of("g1")), foa)));
        String creditNote = "/api/credit-notes/cn-mtg-" + held.meetingId() + "-org-0184-12345674-r1";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(creditNote, TestTokens.finance()).status() == 200);
        assertThat(api.get(creditNote, TestTokens.finance())
                        .json()
                        .at("/lines/0/quantity")
                        .asString())
                .isEqualTo("1.00");
        assertThat(events(EventType.CREDIT_NOTE_ISSUED, "cn-mtg-" + held.meetingId() + "-org-0184-12345674-r1", 1)
                        .get(0)
                        .get("organisationId")
                        .asString())
                .isEqualTo("0184:12345674");
        assertThat(PeppolRules.fatal(PeppolRules.creditNote(api.get(creditNote + "/ubl", TestTokens.finance())
                        .body()
                        .getBytes(StandardCharsets.UTF_8))))
                .isEmpty();

        // BUPL's invoice went to an old address: an organisation has no billing profile, so the details are given
        String reissue = buplInvoice + "/reissue";
        Response withoutDetails = api.post(reissue, TestTokens.finance(), Map.of("reason", "Ny adresse"));
        assertThat(withoutDetails.status()).as(withoutDetails.body()).isEqualTo(422);
        assertThat(withoutDetails.json().get("rule").asString()).isEqualTo("no-buyer-details");
        assertThat(withoutDetails.json().get("detail").asString())
                .contains("BUPL")
                .doesNotContain("null");
        Response reissued = api.post(
                reissue,
                TestTokens.finance(),
                Map.of(
                        "reason",
                        "Ny adresse",
                        "buyer",
                        Map.of(
                                "cvr",
                                "12345674",
                                "address",
                                Map.of("street", "Blegdamsvej 126", "postalCode", "2100", "city", "København Ø"))));
        assertThat(reissued.status()).as(reissued.body()).isEqualTo(201);
        JsonNode replacement = reissued.json().get("invoice");
        assertThat(replacement.at("/buyer/name").asString()).isEqualTo("BUPL");
        assertThat(replacement.at("/buyer/address/street").asString()).isEqualTo("Blegdamsvej 126");
        assertThat(replacement.at("/lines/0/quantity").asString())
                .as("what was still uncredited after the correction")
                .isEqualTo("1.00");
        assertThat(api.get("/api/invoices/" + replacement.get("id").asString(), TestTokens.municipality("265"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aCorrectedAttendanceCreditsFewerAttendeesAndInvoicesMoreOncePerRevision() {
        ProgrammePublished programme =
                RegistrationEvents.network(LocalDate.now(BusinessTime.ZONE).plusMonths(1));
        MunicipalityJoined roskilde = RegistrationEvents.joined(programme, "265", LocalDate.now(BusinessTime.ZONE));
        MunicipalityJoined billund = RegistrationEvents.joined(programme, "530", LocalDate.now(BusinessTime.ZONE));
        KafkaProbe.publish(kafka, programme);
        KafkaProbe.publish(kafka, roskilde);
        KafkaProbe.publish(kafka, billund);
        events(EventType.INVOICE_ISSUED, billund.enrolmentId(), 1);
        var held = BillingFixtures.paidThemeMeeting(
                programme.programmeId(), Map.of("265", List.of("p1", "p2", "p3"), "530", List.of("p4")));
        KafkaProbe.publish(kafka, held);
        String roskildeFee = "inv-mtg-" + held.meetingId() + "-265";
        String billundFee = "inv-mtg-" + held.meetingId() + "-530";
        events(EventType.INVOICE_ISSUED, roskildeFee, 1);
        events(EventType.INVOICE_ISSUED, billundFee, 1);

        var first = BillingFixtures.corrected(
                held, 1, Map.of("265", List.of("p1"), "530", List.of("p4", "p5")), "Two from 265 did not come");
        KafkaProbe.publish(kafka, first);

        JsonNode credit = events(EventType.CREDIT_NOTE_ISSUED, "cn-mtg-" + held.meetingId() + "-265-r1", 1)
                .get(0);
        assertThat(credit.get("creditNoteNumber").asString()).startsWith("K");
        assertThat(credit.get("creditedInvoiceId").asString()).isEqualTo(roskildeFee);
        assertThat(credit.at("/lines/0/quantity").asString()).isEqualTo("2.00");
        assertThat(credit.get("grossTotal").asString()).isEqualTo("3750.00");
        assertThat(credit.at("/cause/eventType").asString()).isEqualTo("MeetingAttendanceCorrected");
        String supplementId = billundFee + "-r1";
        JsonNode supplement =
                events(EventType.INVOICE_ISSUED, "\"" + supplementId + "\"", 1).get(0);
        assertThat(supplement.at("/lines/0/quantity").asString()).isEqualTo("1.00");
        assertThat(supplement.at("/lines/0/unitPrice").asString()).isEqualTo("1500.00");
        assertThat(supplement.get("grossTotal").asString()).isEqualTo("1875.00");
        assertThat(supplement.at("/cause/eventType").asString()).isEqualTo("MeetingAttendanceCorrected");
        String creditXml = api.get(
                        "/api/credit-notes/" + credit.get("creditNoteId").asString() + "/ubl", TestTokens.finance())
                .body();
        String supplementXml = api.get("/api/invoices/" + supplementId + "/ubl", TestTokens.finance())
                .body();
        assertThat(PeppolRules.fatal(PeppolRules.creditNote(creditXml.getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
        assertThat(PeppolRules.fatal(PeppolRules.invoice(supplementXml.getBytes(StandardCharsets.UTF_8))))
                .isEmpty();

        KafkaProbe.publish(kafka, first);
        var second =
                BillingFixtures.corrected(held, 2, Map.of("530", List.of("p4")), "Nobody from 265; p5 was a guest");
        KafkaProbe.publish(kafka, second);
        KafkaProbe.publish(kafka, second);
        KafkaProbe.publish(
                kafka,
                BillingFixtures.corrected(
                        held, 1, Map.of("265", List.of("p1", "p2", "p3", "p6")), "A late, stale copy"));

        JsonNode roskildeRest = events(EventType.CREDIT_NOTE_ISSUED, "cn-mtg-" + held.meetingId() + "-265-r2", 1)
                .get(0);
        assertThat(roskildeRest.at("/lines/0/quantity").asString()).isEqualTo("1.00");
        assertThat(roskildeRest.get("creditedInvoiceId").asString()).isEqualTo(roskildeFee);
        JsonNode billundBack = events(EventType.CREDIT_NOTE_ISSUED, "cn-mtg-" + held.meetingId() + "-530-r2", 1)
                .get(0);
        assertThat(billundBack.get("creditedInvoiceId").asString())
                .as("the newest invoice, the supplement, is credited first")
                .isEqualTo(supplementId);
        assertThat(billundBack.get("grossTotal").asString()).isEqualTo("1875.00");
        assertThat(finance.drain(r -> KafkaProbe.payload(r).contains(held.meetingId()), Duration.ofSeconds(3)))
                .as("two fee invoices, one supplement and three credit notes: nothing twice, nothing stale")
                .extracting(r -> KafkaProbe.header(r, "ce_type"))
                .containsExactlyInAnyOrder(
                        EventType.INVOICE_ISSUED.ceType(),
                        EventType.INVOICE_ISSUED.ceType(),
                        EventType.INVOICE_ISSUED.ceType(),
                        EventType.CREDIT_NOTE_ISSUED.ceType(),
                        EventType.CREDIT_NOTE_ISSUED.ceType(),
                        EventType.CREDIT_NOTE_ISSUED.ceType());
        assertThat(api.get("/api/invoices/" + roskildeFee, TestTokens.municipality("265"))
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("CREDITED");
    }

    @Test
    void partialPaymentsSettleAnInvoiceAndAnOverpaymentIsRefused() {
        String invoice = invoiceFor("410");
        String path = "/api/invoices/" + invoice + "/payments";

        Response first = api.post(
                path,
                TestTokens.finance(),
                Map.of(
                        "amount",
                        "30000.00",
                        "paidOn",
                        LocalDate.now(BusinessTime.ZONE).toString(),
                        "reference",
                        "BANK-1"));
        Response repeated = api.post(
                path,
                TestTokens.finance(),
                Map.of(
                        "amount",
                        "30000.00",
                        "paidOn",
                        LocalDate.now(BusinessTime.ZONE).toString(),
                        "reference",
                        "BANK-1"));
        Response tooMuch = api.post(
                path,
                TestTokens.finance(),
                Map.of(
                        "amount",
                        "30000.00",
                        "paidOn",
                        LocalDate.now(BusinessTime.ZONE).toString(),
                        "reference",
                        "BANK-2"));
        Response byMunicipality = api.post(
                path,
                TestTokens.municipality("410"),
                Map.of(
                        "amount",
                        "1.00",
                        "paidOn",
                        LocalDate.now(BusinessTime.ZONE).toString(),
                        "reference",
                        "BANK-3"));
        Response rest = api.post(
                path,
                TestTokens.finance(),
                Map.of(
                        "amount",
                        "26250.00",
                        "paidOn",
                        LocalDate.now(BusinessTime.ZONE).toString(),
                        "reference",
                        "BANK-4"));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("outstanding").asString()).isEqualTo("26250.00");
        assertThat(first.json().get("status").asString()).isEqualTo("ISSUED");
        assertThat(repeated.json().get("outstanding").asString()).isEqualTo("26250.00");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.json().get("rule").asString()).isEqualTo("overpayment");
        assertThat(byMunicipality.status()).isEqualTo(403);
        assertThat(rest.json().get("status").asString()).isEqualTo("PAID");
        JsonNode paid = events(EventType.INVOICE_PAID, invoice, 1).get(0);
        assertThat(paid.get("amountPaid").asString()).isEqualTo("56250.00");
    }

    @Test
    void anInvoiceUnpaidAfterItsDueDateIsOverdueOnce() {
        String invoice = invoiceFor("420");
        api.post(
                "/api/invoices/" + invoice + "/payments",
                TestTokens.finance(),
                Map.of(
                        "amount",
                        "50000.00",
                        "paidOn",
                        LocalDate.now(BusinessTime.ZONE).toString(),
                        "reference",
                        "PART"));

        clock.advance(Period.ofDays(31));
        payments.markOverdue();
        payments.markOverdue();

        JsonNode overdue = events(EventType.INVOICE_OVERDUE, invoice, 1).get(0);
        assertThat(overdue.get("outstandingAmount").asString()).isEqualTo("6250.00");
        assertThat(overdue.get("detectedOn").asString())
                .isEqualTo(LocalDate.now(clock).toString());
        assertThat(finance.drain(
                        r -> KafkaProbe.payload(r).contains(invoice)
                                && EventType.INVOICE_OVERDUE.ceType().equals(KafkaProbe.header(r, "ce_type")),
                        Duration.ofSeconds(2)))
                .hasSize(1);
        assertThat(api.get("/api/invoices/" + invoice, TestTokens.municipality("420"))
                        .json()
                        .get("overdueSince")
                        .asString())
                .isEqualTo(LocalDate.now(clock).toString());
    }

    @Test
    void theNumberAuditShowsBothSeriesGapless() {
        invoiceFor("430");

        Response audit = api.get(
                "/api/billing/number-audit?year="
                        + LocalDate.now(BusinessTime.ZONE).getYear(),
                TestTokens.finance());

        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        assertThat(audit.json().get("complete").asBoolean()).isTrue();
        JsonNode invoices = audit.json().get("series").get(0);
        assertThat(invoices.get("series").asString()).isEqualTo("INVOICE");
        assertThat(invoices.get("first").asLong()).isEqualTo(1);
        assertThat(invoices.get("last").asLong())
                .isEqualTo(invoices.get("count").asLong());
        assertThat(invoices.get("gapCount").asLong()).isZero();
        assertThat(api.get("/api/billing/number-audit", TestTokens.municipality("430"))
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.onPort(managementPort)
                        .get("/actuator/prometheus", null)
                        .body())
                .contains("partnerships_billing_number_gaps{application=\"billing-service\",series=\"INVOICE\"} 0.0");
    }

    @Test
    void invoicesAndCreditNotesAreServedAsPeppolUbl() {
        ProgrammePublished programme =
                RegistrationEvents.network(LocalDate.now(BusinessTime.ZONE).plusMonths(2));
        MunicipalityJoined joined = RegistrationEvents.joined(programme, "440", LocalDate.now(BusinessTime.ZONE));
        KafkaProbe.publish(kafka, programme);
        KafkaProbe.publish(kafka, joined);
        String invoice = events(EventType.INVOICE_ISSUED, joined.enrolmentId(), 1)
                .get(0)
                .get("invoiceId")
                .asString();
        KafkaProbe.publish(kafka, RegistrationEvents.withdrew(joined, LocalDate.now(BusinessTime.ZONE)));
        String creditNote = events(EventType.CREDIT_NOTE_ISSUED, joined.enrolmentId(), 1)
                .get(0)
                .get("creditNoteId")
                .asString();

        Response invoiceXml = api.get("/api/invoices/" + invoice + "/ubl", TestTokens.municipality("440"));
        Response creditXml = api.get("/api/credit-notes/" + creditNote + "/ubl", TestTokens.finance());
        Response foreign = api.get("/api/invoices/" + invoice + "/ubl", TestTokens.municipality("450"));
        Response unknownFormat = api.get("/api/invoices/" + invoice + "/ubl?format=edifact", TestTokens.finance());

        assertThat(invoiceXml.status()).isEqualTo(200);
        assertThat(invoiceXml.contentType()).startsWith("application/xml");
        assertThat(invoiceXml.body())
                .contains("<cbc:EndpointID schemeID=\"0088\">" + RegistrationEvents.EAN + "</cbc:EndpointID>");
        assertThat(creditXml.body()).contains("<CreditNote").contains("<cac:BillingReference>");
        assertThat(PeppolRules.fatal(PeppolRules.invoice(invoiceXml.body().getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
        assertThat(PeppolRules.fatal(PeppolRules.creditNote(creditXml.body().getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(unknownFormat.status()).isEqualTo(400);
        Response invoicePdf = api.get("/api/invoices/" + invoice + "/pdf", TestTokens.municipality("440"));
        Response creditPdf = api.get("/api/credit-notes/" + creditNote + "/pdf", TestTokens.finance());
        assertThat(invoicePdf.status()).isEqualTo(200);
        assertThat(invoicePdf.contentType()).startsWith("application/pdf");
        assertThat(invoicePdf.body()).startsWith("%PDF-");
        assertThat(creditPdf.status()).isEqualTo(200);
        assertThat(api.get("/api/invoices/" + invoice + "/pdf", TestTokens.municipality("450"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void invoicesNameTheMunicipalityByItsOfficialName() {
        ProgrammePublished programme =
                RegistrationEvents.network(LocalDate.now(BusinessTime.ZONE).plusMonths(1));
        KafkaProbe.publish(kafka, programme);
        Map<String, String> official = Map.of(
                "101", "Københavns Kommune",
                "400", "Bornholms Regionskommune",
                "820", "Vesthimmerlands Kommune");
        for (Map.Entry<String, String> municipality : official.entrySet()) {
            MunicipalityJoined joined =
                    RegistrationEvents.joined(programme, municipality.getKey(), LocalDate.now(BusinessTime.ZONE));
            KafkaProbe.publish(kafka, joined);
            JsonNode invoice =
                    events(EventType.INVOICE_ISSUED, joined.enrolmentId(), 1).get(0);
            assertThat(invoice.at("/buyer/name").asString()).isEqualTo(municipality.getValue());
        }
    }

    @Test
    void financeCorrectsAPaidInvoiceWithAPartialThenAFullCreditNoteAndARefundIsRecorded() {
        String invoice = invoiceFor("510");
        String path = "/api/invoices/" + invoice + "/credit-notes";
        api.post(
                "/api/invoices/" + invoice + "/payments",
                TestTokens.finance(),
                Map.of(
                        "amount",
                        "56250.00",
                        "paidOn",
                        LocalDate.now(BusinessTime.ZONE).toString(),
                        "reference",
                        "B-510"));

        Response partial = api.post(
                path,
                TestTokens.finance(),
                Map.of("reason", "Forkert antal deltagere", "lines", List.of(Map.of("line", 1, "quantity", "0.40"))));
        Response tooMuch = api.post(
                path,
                TestTokens.klAdmin(),
                Map.of("reason", "Igen", "lines", List.of(Map.of("line", 1, "quantity", "0.61"))));
        Response noReason = api.post(path, TestTokens.finance(), Map.of("lines", List.of()));
        Response byMunicipality = api.post(path, TestTokens.municipality("510"), Map.of("reason", "Forkert EAN"));

        assertThat(partial.status()).as(partial.body()).isEqualTo(201);
        assertThat(partial.json().get("number").asString()).startsWith("K");
        assertThat(partial.json().get("grossTotal").asString()).isEqualTo("22500.00");
        JsonNode afterPartial =
                api.get("/api/invoices/" + invoice, TestTokens.finance()).json();
        assertThat(afterPartial.get("refundDue").asString()).isEqualTo("22500.00");
        assertThat(afterPartial.get("status").asString()).isEqualTo("PAID");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.contentType()).startsWith("application/problem+json");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(byMunicipality.status()).isEqualTo(403);
        Response partialXml =
                api.get("/api/credit-notes/" + partial.json().get("id").asString() + "/ubl", TestTokens.finance());
        assertThat(PeppolRules.fatal(PeppolRules.creditNote(partialXml.body().getBytes(StandardCharsets.UTF_8))))
                .isEmpty();

        Response rest = api.post(path, TestTokens.klAdmin(), Map.of("reason", "Faktureret ved en fejl"));

        assertThat(rest.status()).as(rest.body()).isEqualTo(201);
        assertThat(rest.json().get("grossTotal").asString()).isEqualTo("33750.00");
        JsonNode credited =
                api.get("/api/invoices/" + invoice, TestTokens.finance()).json();
        assertThat(credited.get("status").asString()).isEqualTo("CREDITED");
        assertThat(credited.get("refundDue").asString()).isEqualTo("56250.00");
        assertThat(events(EventType.CREDIT_NOTE_ISSUED, invoice, 2))
                .extracting(n -> n.get("reason").asString())
                .containsExactly("Forkert antal deltagere", "Faktureret ved en fejl");
        List<JsonNode> refunds = events(EventType.REFUND_DUE, invoice, 2);
        assertThat(refunds)
                .extracting(n -> n.get("creditNoteId").asString())
                .containsExactly(
                        partial.json().get("id").asString(),
                        rest.json().get("id").asString());
        assertThat(refunds).extracting(n -> n.get("amount").asString()).containsExactly("22500.00", "33750.00");
        assertThat(refunds).extracting(n -> n.get("totalRefundDue").asString()).containsExactly("22500.00", "56250.00");
        Response reissueCredited = api.post(
                "/api/invoices/" + invoice + "/reissue",
                TestTokens.finance(),
                Map.of(
                        "reason",
                        "Forkert EAN-nummer",
                        "buyer",
                        Map.of(
                                "ean",
                                "5798000047112",
                                "cvr",
                                "29189900",
                                "reference",
                                "BUV-510-RET",
                                "address",
                                Map.of("street", "Torvet 1", "postalCode", "5700", "city", "Svendborg"))));
        assertThat(reissueCredited.status()).as(reissueCredited.body()).isEqualTo(409);
        assertThat(reissueCredited.contentType()).startsWith("application/problem+json");
    }

    @Test
    void klCancelsAnInvoiceSentToAWrongEanAndReissuesItToTheCorrectedBuyerDetails() {
        String invoice = invoiceFor("183");
        String original = api.get("/api/invoices/" + invoice, TestTokens.finance())
                .json()
                .get("number")
                .asString();
        String path = "/api/invoices/" + invoice + "/reissue";
        Map<String, Object> buyer = Map.of(
                "ean",
                "5798000047112",
                "cvr",
                "29189900",
                "reference",
                "BUV-183-RET",
                "address",
                Map.of("street", "Ishøj Store Torv 20", "postalCode", "2635", "city", "Ishøj"),
                "orderReference",
                "PO-183-7");
        Map<String, Object> corrected = Map.of("reason", "Forkert EAN-nummer", "buyer", buyer);

        Response byMunicipality = api.post(path, TestTokens.municipality("183"), corrected);
        Response unknown = api.post("/api/invoices/inv-unknown/reissue", TestTokens.finance(), corrected);
        Response noReason = api.post(path, TestTokens.finance(), Map.of("buyer", buyer));
        Map<String, Object> badEan = new java.util.HashMap<>(buyer);
        badEan.put("ean", "5798000047113");
        Response wrongCheckDigit =
                api.post(path, TestTokens.finance(), Map.of("reason", "Forkert EAN-nummer", "buyer", badEan));
        Map<String, Object> foreignEan = new java.util.HashMap<>(buyer);
        foreignEan.put("ean", "4006381333931");
        Response notDanish =
                api.post(path, TestTokens.finance(), Map.of("reason", "Forkert EAN-nummer", "buyer", foreignEan));
        Map<String, Object> noEan = new java.util.HashMap<>(buyer);
        noEan.remove("ean");
        Response withoutEan =
                api.post(path, TestTokens.finance(), Map.of("reason", "Forkert EAN-nummer", "buyer", noEan));
        Response unchanged = api.post(path, TestTokens.finance(), Map.of("reason", "Forkert EAN-nummer"));

        assertThat(byMunicipality.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(wrongCheckDigit.status()).isEqualTo(400);
        assertThat(wrongCheckDigit.body()).contains("buyer.ean");
        assertThat(notDanish.status())
                .as("a valid GLN outside 579 is no Danish public buyer's EAN, as in the billing profile")
                .isEqualTo(400);
        assertThat(notDanish.body()).contains("buyer.ean");
        assertThat(withoutEan.status()).as("a municipality is invoiced by EAN").isEqualTo(400);
        assertThat(withoutEan.body()).contains("buyer.ean");
        assertThat(unchanged.status())
                .as("the current details are the invoice's")
                .isEqualTo(422);
        assertThat(unchanged.contentType()).startsWith("application/problem+json");

        Response reissued = api.post(path, TestTokens.klAdmin(), corrected);

        assertThat(reissued.status()).as(reissued.body()).isEqualTo(201);
        JsonNode creditNote = reissued.json().get("creditNote");
        JsonNode replacement = reissued.json().get("invoice");
        assertThat(creditNote.get("number").asString()).matches("K\\d{4}-\\d{6}");
        assertThat(creditNote.get("creditedInvoiceNumber").asString()).isEqualTo(original);
        assertThat(creditNote.get("grossTotal").asString()).isEqualTo("56250.00");
        assertThat(replacement.get("number").asString())
                .matches("\\d{4}-\\d{6}")
                .isNotEqualTo(original);
        assertThat(replacement.get("replacesInvoiceId").asString()).isEqualTo(invoice);
        assertThat(replacement.get("replacesInvoiceNumber").asString()).isEqualTo(original);
        assertThat(replacement.at("/buyer/name").asString()).isEqualTo("Ishøj Kommune");
        assertThat(replacement.at("/buyer/ean").asString()).isEqualTo("5798000047112");
        assertThat(replacement.at("/buyer/orderReference").asString()).isEqualTo("PO-183-7");
        assertThat(replacement.get("grossTotal").asString()).isEqualTo("56250.00");
        assertThat(api.get("/api/invoices/" + invoice, TestTokens.finance())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("CREDITED");

        JsonNode creditIssued = events(EventType.CREDIT_NOTE_ISSUED, invoice, 1).get(0);
        assertThat(creditIssued.get("creditedInvoiceId").asString()).isEqualTo(invoice);
        assertThat(creditIssued.at("/buyer/ean").asString()).isEqualTo(RegistrationEvents.EAN);
        JsonNode reissuedEvent = events(EventType.INVOICE_ISSUED, invoice, 2).get(1);
        assertThat(reissuedEvent.get("invoiceNumber").asString())
                .isEqualTo(replacement.get("number").asString());
        assertThat(reissuedEvent.get("replacesInvoiceId").asString()).isEqualTo(invoice);
        assertThat(reissuedEvent.get("replacesInvoiceNumber").asString()).isEqualTo(original);
        assertThat(reissuedEvent.at("/buyer/ean").asString()).isEqualTo("5798000047112");
        Response ubl = api.get("/api/invoices/" + replacement.get("id").asString() + "/ubl", TestTokens.finance());
        assertThat(ubl.body()).contains("<cbc:ID>" + original + "</cbc:ID>").contains("BillingReference");
        assertThat(PeppolRules.fatal(PeppolRules.invoice(ubl.body().getBytes(StandardCharsets.UTF_8))))
                .isEmpty();

        Response again = api.post(path, TestTokens.finance(), corrected);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().at("/invoice/number").asString())
                .as("a repeated request numbers nothing again")
                .isEqualTo(replacement.get("number").asString());
        assertThat(finance.drain(
                        KafkaProbe.ofType(EventType.INVOICE_ISSUED)
                                .or(KafkaProbe.ofType(EventType.CREDIT_NOTE_ISSUED))
                                .and(r -> KafkaProbe.payload(r).contains(invoice)),
                        Duration.ofSeconds(2)))
                .hasSize(3);
    }

    /** A network's invoice (56,250.00 gross) for a municipality. */
    @Test
    void aReissueWithoutBuyerDetailsGoesToTheBillingProfileInForce() {
        String invoice = invoiceFor("461");
        KafkaProbe.publish(
                kafka,
                new BillingProfileChanged(
                        "461",
                        "Odense",
                        new BillingDetails(
                                "5798000047112",
                                RegistrationEvents.CVR,
                                "BUV-461-RET",
                                new PostalAddress("Flakhaven 2", "5000", "Odense C", "DK"),
                                "PO-461-3",
                                "4.1.2.3-461"),
                        Instant.now()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> currentBuyers.findById("461").isPresent());

        Response reissued = api.post(
                "/api/invoices/" + invoice + "/reissue", TestTokens.finance(), Map.of("reason", "Ny EAN-adresse"));

        assertThat(reissued.status()).as(reissued.body()).isEqualTo(201);
        JsonNode replacement = reissued.json().get("invoice");
        assertThat(replacement.at("/buyer/name").asString()).isEqualTo("Odense Kommune");
        assertThat(replacement.at("/buyer/ean").asString()).isEqualTo("5798000047112");
        assertThat(replacement.at("/buyer/reference").asString()).isEqualTo("BUV-461-RET");
        assertThat(replacement.at("/buyer/accountingCost").asString()).isEqualTo("4.1.2.3-461");
        assertThat(reissued.json().at("/creditNote/buyer/ean").asString())
                .as("the credit note cancels the original where it was sent")
                .isEqualTo(RegistrationEvents.EAN);
        Response ubl = api.get("/api/invoices/" + replacement.get("id").asString() + "/ubl", TestTokens.finance());
        assertThat(ubl.body()).contains("<cac:OrderReference><cbc:ID>PO-461-3</cbc:ID></cac:OrderReference>");
        assertThat(PeppolRules.fatal(PeppolRules.invoice(ubl.body().getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    private String invoiceFor(String municipalityCode) {
        ProgrammePublished programme =
                RegistrationEvents.network(LocalDate.now(BusinessTime.ZONE).plusMonths(1));
        MunicipalityJoined joined =
                RegistrationEvents.joined(programme, municipalityCode, LocalDate.now(BusinessTime.ZONE));
        KafkaProbe.publish(kafka, programme);
        KafkaProbe.publish(kafka, joined);
        return events(EventType.INVOICE_ISSUED, joined.enrolmentId(), 1)
                .get(0)
                .get("invoiceId")
                .asString();
    }

    private List<JsonNode> events(EventType type, String mentioning, int count) {
        Predicate<ConsumerRecord<String, byte[]>> filter = r -> type.ceType().equals(KafkaProbe.header(r, "ce_type"))
                && KafkaProbe.payload(r).contains(mentioning);
        List<ConsumerRecord<String, byte[]>> records = finance.await(filter, count, Duration.ofSeconds(30));
        assertThat(records).as("%s mentioning %s", type.eventName(), mentioning).hasSize(count);
        return records.stream().map(r -> JSON.readTree(KafkaProbe.payload(r))).toList();
    }

    private static Predicate<ConsumerRecord<String, byte[]>> issuedFor(String mentioning) {
        return r -> EventType.INVOICE_ISSUED.ceType().equals(KafkaProbe.header(r, "ce_type"))
                && KafkaProbe.payload(r).contains(mentioning);
    }
}
