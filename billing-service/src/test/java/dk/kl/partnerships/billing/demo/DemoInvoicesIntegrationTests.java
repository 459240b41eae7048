package dk.kl.partnerships.billing.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceRepository;
import dk.kl.partnerships.billing.invoice.InvoiceStatus;
import dk.kl.partnerships.billing.invoice.Payment;
import dk.kl.partnerships.billing.payment.PaymentTracking;
import dk.kl.partnerships.billing.registration.BillingProgrammeRepository;
import dk.kl.partnerships.billing.registration.MembershipRepository;
import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.kit.test.RegistrationEvents;
import dk.kl.partnerships.security.test.TestTokens;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * With the demo profile the history registration loads is invoiced as it happened: each instalment
 * on the day it fell due, numbered in date order across programmes, announced like any invoice,
 * and paid in full before its due date, so the overdue check finds none of it overdue; looking
 * again, or the joinings arriving again, adds nothing and pays nothing twice.
 */
@IntegrationTest
@ActiveProfiles("demo")
// the test takes the loader's looks itself
@TestPropertySource(properties = "partnerships.demo.poll-interval=1h")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoInvoicesIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    DemoInvoices demoInvoices;

    @Autowired
    InvoiceRepository invoices;

    @Autowired
    PaymentTracking payments;

    @Autowired
    MembershipRepository memberships;

    @Autowired
    BillingProgrammeRepository programmes;

    @Autowired
    DemoInvoicingConfiguration.HistoryTime historyTime;

    @Test
    @Order(1)
    void theHistoryIsInvoicedOnTheDaysItHappenedInDateOrderOnce() {
        ProgrammePublished partnership = RegistrationEvents.partnership(LocalDate.of(2017, 9, 20));
        ProgrammePublished network = RegistrationEvents.network(LocalDate.of(2018, 8, 1));
        // joinings arrive in registration's order, not in date order, and before the programme of one
        List<MunicipalityJoined> joinings = List.of(
                RegistrationEvents.joined(partnership, "101", LocalDate.of(2017, 6, 13)),
                RegistrationEvents.joined(partnership, "461", LocalDate.of(2017, 5, 10)),
                RegistrationEvents.joined(partnership, "751", LocalDate.of(2017, 6, 1)),
                RegistrationEvents.joined(network, "530", LocalDate.of(2018, 6, 20)),
                RegistrationEvents.joined(network, "430", LocalDate.of(2018, 5, 22)));
        Set<String> enrolments =
                joinings.stream().map(MunicipalityJoined::enrolmentId).collect(Collectors.toSet());

        try (KafkaProbe issued = KafkaProbe.reading(kafka, Topic.INVOICES.topicName())) {
            KafkaProbe.publish(kafka, partnership);
            List<String> eventIds = new ArrayList<>();
            for (MunicipalityJoined joined : joinings) {
                eventIds.add(KafkaProbe.publish(kafka, joined));
            }
            KafkaProbe.publish(kafka, network);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> programmes.existsById(partnership.programmeId())
                            && programmes.existsById(network.programmeId())
                            && enrolments.stream()
                                    .allMatch(e -> memberships.findById(e).isPresent()));
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> demoInvoices.load() > 0);

            List<Invoice> history = await().atMost(Duration.ofSeconds(60))
                    .until(
                            () -> historyOf(partnership, network),
                            found -> found.size() == 8
                                    && found.stream().allMatch(i -> i.status() == InvoiceStatus.PAID));

            Map<String, LocalDate> joinedOn = joinings.stream()
                    .collect(Collectors.toMap(MunicipalityJoined::enrolmentId, MunicipalityJoined::joinedOn));
            assertThat(history).allSatisfy(invoice -> {
                String enrolment = enrolmentOf(invoice);
                LocalDate expected =
                        invoice.id().endsWith("-2") ? joinedOn.get(enrolment).plusMonths(12) : joinedOn.get(enrolment);
                assertThat(invoice.issuedOn()).as(invoice.id()).isEqualTo(expected);
                assertThat(invoice.dueOn()).isEqualTo(expected.plusDays(30));
                assertThat(invoice.number()).startsWith(expected.getYear() + "-");
            });
            Map<Integer, List<Invoice>> byYear = history.stream().collect(Collectors.groupingBy(Invoice::year));
            assertThat(byYear.keySet()).containsExactlyInAnyOrder(2017, 2018);
            assertThat(byYear.get(2018)).hasSize(5);
            assertThat(byYear.values())
                    .as("in each year's series the numbers ascend with the dates, across programmes")
                    .allSatisfy(series -> assertThat(series.stream()
                                    .sorted(Comparator.comparing(Invoice::number))
                                    .map(Invoice::issuedOn)
                                    .toList())
                            .isSorted());

            assertThat(issued.await(
                            KafkaProbe.ofType(EventType.INVOICE_ISSUED)
                                    .and(r -> enrolments.stream().anyMatch(KafkaProbe.payload(r)::contains)),
                            8,
                            Duration.ofSeconds(20)))
                    .hasSize(8)
                    .allSatisfy(record -> assertThat(KafkaProbe.payload(record)).contains("\"issuedOn\":\"201"));
            Invoice first = history.stream()
                    .min(Comparator.comparing(Invoice::issuedOn))
                    .orElseThrow();
            assertThat(ApiClient.onPort(port)
                            .get("/api/invoices/" + first.id() + "/ubl", TestTokens.finance())
                            .body())
                    .contains("<cbc:IssueDate>2017-05-10</cbc:IssueDate>")
                    .contains("<cbc:DueDate>2017-06-09</cbc:DueDate>");

            assertThat(history)
                    .as("each paid in full, once, on a working day before it fell due, recorded on that day")
                    .allSatisfy(invoice -> {
                        assertThat(invoice.paidAmount()).isEqualByComparingTo(invoice.grossTotal());
                        assertThat(invoice.paidOn())
                                .as(invoice.number())
                                .isEqualTo(DemoInvoices.paymentDay(invoice.dueOn()))
                                .isBetween(
                                        invoice.dueOn().minusDays(7),
                                        invoice.dueOn().minusDays(5))
                                .isAfter(invoice.issuedOn());
                        assertThat(invoice.paidOn().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                        assertThat(invoice.payments()).singleElement().satisfies(payment -> {
                            assertThat(payment.reference()).isEqualTo("demo-" + invoice.number());
                            assertThat(LocalDate.ofInstant(payment.registeredAt(), BusinessTime.ZONE))
                                    .isEqualTo(invoice.paidOn());
                        });
                        assertThat(invoice.overdueSince()).isNull();
                    });
            Set<String> historyIds = history.stream().map(Invoice::id).collect(Collectors.toSet());
            assertThat(issued.await(
                            KafkaProbe.ofType(EventType.INVOICE_PAID).and(r -> ofHistory(r, historyIds)),
                            8,
                            Duration.ofSeconds(20)))
                    .hasSize(8)
                    .allSatisfy(record -> assertThat(KafkaProbe.payload(record)).contains("\"paidOn\":\"201"));

            assertThat(payments.markOverdue())
                    .as("the overdue check after the load finds nothing of the history unpaid")
                    .isZero();

            KafkaProbe.publish(kafka, joinings.get(0), eventIds.get(0));
            KafkaProbe.publish(kafka, joinings.get(1));
            KafkaProbe.publish(kafka, network);
            assertThat(issued.drain(
                            KafkaProbe.ofType(EventType.INVOICE_ISSUED)
                                    .and(r -> enrolments.stream().anyMatch(KafkaProbe.payload(r)::contains)),
                            Duration.ofSeconds(5)))
                    .as("the joinings arriving again find them invoiced: still the eight")
                    .hasSize(8);
            assertThat(issued.drain(
                            KafkaProbe.ofType(EventType.INVOICE_PAID)
                                    .or(KafkaProbe.ofType(EventType.INVOICE_OVERDUE))
                                    .and(r -> ofHistory(r, historyIds)),
                            Duration.ofSeconds(1)))
                    .as("paid once each, and never overdue")
                    .hasSize(8)
                    .allSatisfy(record -> assertThat(KafkaProbe.header(record, "ce_type"))
                            .isEqualTo(EventType.INVOICE_PAID.ceType()));
            assertThat(historyOf(partnership, network))
                    .allSatisfy(invoice -> assertThat(invoice.payments())
                            .extracting(Payment::reference)
                            .containsExactly("demo-" + invoice.number()));
            assertThat(historyOf(partnership, network))
                    .extracting(Invoice::id, Invoice::number)
                    .containsExactlyInAnyOrderElementsOf(
                            history.stream().map(i -> tuple(i.id(), i.number())).toList());
        }
    }

    @Test
    @Order(2)
    void whileTheClockIsInTheHistoryTheOverdueCheckJudgesByItAndTheNextLookPaysWhatIsStillUnpaid() {
        ProgrammePublished network = RegistrationEvents.network(LocalDate.of(2018, 8, 15));
        MunicipalityJoined joined = RegistrationEvents.joined(network, "147", LocalDate.of(2018, 8, 20));
        LocalDate heldOn = LocalDate.of(2018, 9, 3);
        // as a look holds the clock, or as a restart finds it before a look has paid the history
        historyTime
                .clock()
                .holdAt(heldOn.atTime(10, 0).atZone(BusinessTime.ZONE).toInstant());
        try {
            KafkaProbe.publish(kafka, network);
            KafkaProbe.publish(kafka, joined);
            Invoice unpaid = await().atMost(Duration.ofSeconds(30))
                    .until(() -> invoices.find("inv-" + joined.enrolmentId() + "-1"), Optional::isPresent)
                    .orElseThrow();
            assertThat(unpaid.issuedOn()).isEqualTo(heldOn);
            assertThat(unpaid.status()).isEqualTo(InvoiceStatus.ISSUED);

            assertThat(payments.markOverdue())
                    .as("due %s, it is not overdue on %s, whatever the system clock says", unpaid.dueOn(), heldOn)
                    .isZero();

            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        demoInvoices.load();
                        return historyTime.clock().followsSystem();
                    });
            Invoice paid = invoices.find(unpaid.id()).orElseThrow();
            assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(paid.paidOn())
                    .isEqualTo(DemoInvoices.paymentDay(paid.dueOn()))
                    .isBefore(paid.dueOn());
            assertThat(payments.markOverdue()).isZero();
            assertThat(invoices.find(unpaid.id()).orElseThrow().overdueSince()).isNull();
        } finally {
            historyTime.clock().followSystem();
        }
    }

    private List<Invoice> historyOf(ProgrammePublished... programmes) {
        List<Invoice> found = new ArrayList<>();
        for (ProgrammePublished programme : programmes) {
            found.addAll(invoices.list(null, programme.programmeId(), null, PageRequest.of(0, 50))
                    .getContent());
        }
        return found;
    }

    private static boolean ofHistory(ConsumerRecord<String, byte[]> record, Set<String> invoiceIds) {
        return invoiceIds.stream().anyMatch(id -> KafkaProbe.payload(record).contains("\"" + id + "\""));
    }

    /** Instalment invoices are {@code inv-<enrolment>-<instalment>}. */
    private static String enrolmentOf(Invoice invoice) {
        return invoice.id().substring("inv-".length(), invoice.id().lastIndexOf('-'));
    }
}
