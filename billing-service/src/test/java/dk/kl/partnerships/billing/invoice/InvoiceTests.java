package dk.kl.partnerships.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kl.partnerships.billing.numbering.InvoiceNumber;
import dk.kl.partnerships.kit.error.ConflictException;
import dk.kl.partnerships.kit.error.RuleViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvoiceTests {

    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 23);

    @Test
    void paymentsAddUpUntilTheInvoiceIsPaidAndAnnouncedOnce() {
        Invoice invoice = invoice();
        invoice.clearRecordedEvents();

        invoice.registerPayment(payment("A", "50000.00"));
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.outstanding()).isEqualTo(new BigDecimal("6250.00"));
        assertThat(invoice.recordedEvents()).isEmpty();

        invoice.registerPayment(payment("B", "6250.00"));
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.outstanding()).isEqualTo(new BigDecimal("0.00"));
        assertThat(invoice.recordedEvents()).singleElement().isInstanceOf(InvoiceEvent.Paid.class);
        assertThatThrownBy(() -> invoice.registerPayment(payment("C", "1.00"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void anInvoiceIsAnnouncedAsIssuedOnceWithTheNumberItFinallyTakes() {
        Invoice invoice = invoice();

        invoice.assignNumber(new InvoiceNumber(2026, 41));
        invoice.assignNumber(new InvoiceNumber(2026, 42));

        assertThat(invoice.recordedEvents())
                .singleElement()
                .isInstanceOfSatisfying(InvoiceEvent.Issued.class, issued -> {
                    assertThat(issued.number()).isEqualTo("2026-000042");
                    assertThat(issued.grossTotal()).isEqualTo(invoice.grossTotal());
                    assertThat(issued.dueOn()).isEqualTo(invoice.dueOn());
                });
    }

    @Test
    void anOverpaymentIsRefusedAndChangesNothing() {
        Invoice invoice = invoice();

        assertThatThrownBy(() -> invoice.registerPayment(payment("A", "56250.01")))
                .isInstanceOf(RuleViolationException.class);
        assertThat(invoice.paidAmount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(invoice.payments()).isEmpty();
    }

    @Test
    void theSamePaymentTwiceCountsOnceAndAConflictingRepeatIsRefused() {
        Invoice invoice = invoice();

        assertThat(invoice.registerPayment(payment("A", "1000.00"))).isTrue();
        assertThat(invoice.registerPayment(payment("A", "1000.00"))).isFalse();
        assertThatThrownBy(() -> invoice.registerPayment(payment("A", "2000.00")))
                .isInstanceOf(ConflictException.class);
        assertThat(invoice.paidAmount()).isEqualTo(new BigDecimal("1000.00"));
    }

    @Test
    void anUnpaidInvoiceIsOverdueOnlyAfterItsDueDateAndOnlyOnce() {
        Invoice invoice = invoice();
        invoice.clearRecordedEvents();

        assertThat(invoice.markOverdue(invoice.dueOn())).isFalse();
        assertThat(invoice.markOverdue(invoice.dueOn().plusDays(1))).isTrue();
        assertThat(invoice.markOverdue(invoice.dueOn().plusDays(2))).isFalse();
        assertThat(invoice.recordedEvents()).singleElement().isInstanceOf(InvoiceEvent.Overdue.class);
    }

    @Test
    void aCreditedInvoiceOwesNothingAndTakesNoPayment() {
        Invoice invoice = invoice();

        invoice.markCredited("cn-1");

        assertThat(invoice.outstanding()).isEqualTo(new BigDecimal("0.00"));
        assertThat(invoice.markOverdue(invoice.dueOn().plusDays(5))).isFalse();
        assertThatThrownBy(() -> invoice.registerPayment(payment("A", "1.00"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void partialCreditsNeverExceedWhatIsUncreditedAndAPaidInvoiceCreditedOwesARefund() {
        Invoice invoice = invoice();
        invoice.registerPayment(payment("bank-1", "56250.00"));
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);

        BigDecimal refund = invoice.recordCredit("cn-1", Map.of(0, new BigDecimal("0.40")), new BigDecimal("22500.00"));

        assertThat(refund).isEqualByComparingTo("22500.00");
        assertThat(invoice.refundDue()).isEqualByComparingTo("22500.00");
        assertThat(invoice.uncredited(0)).isEqualByComparingTo("0.60");
        assertThat(invoice.owed()).isEqualByComparingTo("33750.00");
        assertThatThrownBy(() -> invoice.requireCreditable(Map.of(0, new BigDecimal("0.61"))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("0.60 uncredited");
        assertThat(invoice.recordCredit("cn-1", Map.of(0, new BigDecimal("0.40")), new BigDecimal("22500.00")))
                .as("the same credit note again")
                .isZero();

        assertThat(invoice.markCredited("cn-2")).isEqualByComparingTo("33750.00");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.CREDITED);
        assertThat(invoice.refundDue()).isEqualByComparingTo("56250.00");
        assertThat(invoice.outstanding()).isZero();
    }

    private static Invoice invoice() {
        Invoice invoice = Invoice.issue(
                "inv-1",
                "630",
                null,
                null,
                "p",
                ISSUED,
                30,
                "DKK",
                List.of(InvoiceLine.of("Netværk", BigDecimal.ONE, new BigDecimal("45000.00"), new BigDecimal("25.00"))),
                new Cause("MunicipalityJoined", "e"));
        invoice.assignNumber(new InvoiceNumber(2026, 1));
        return invoice;
    }

    private static Payment payment(String reference, String amount) {
        return new Payment(reference, new BigDecimal(amount), ISSUED.plusDays(3), Instant.now());
    }
}
