package dk.kl.partnerships.billing.messaging;

import dk.kl.partnerships.billing.creditnote.CreditNoteEvent;
import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Cause;
import dk.kl.partnerships.billing.invoice.InvoiceEvent;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import dk.kl.partnerships.billing.pdf.DocumentEvent;
import dk.kl.partnerships.billing.pdf.DocumentKind;
import dk.kl.partnerships.kit.test.GoldenSamples;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every event on the finance and documents streams goes on the wire exactly as its golden sample. */
class BillingOutboundEventsTests {

    static final String INVOICE = "inv-8a4e0b6c-1";
    static final String PROGRAMME = "3f1c2a9e-6d1b-4c57-9a0e-2b7d8c1e5f40";
    static final Buyer VEJLE = new Buyer(
            "Vejle Kommune",
            "5798000012349",
            "29189900",
            "BUV-4711",
            new Buyer.Address("Skolegade 1", "7100", "Vejle", "DK"),
            null,
            null);

    @Test
    void everyDomainEventIsPublishedAsItsGoldenSample() {
        GoldenSamples.assertPublishedAsGoldenSamples(
                "billing-service",
                new BillingOutboundEvents().outboundEvents(),
                List.of(
                        new InvoiceEvent.Issued(
                                INVOICE,
                                "2021-000042",
                                "INVOICE",
                                "630",
                                VEJLE,
                                PROGRAMME,
                                LocalDate.of(2021, 11, 25),
                                LocalDate.of(2021, 12, 27),
                                "DKK",
                                List.of(line("Partnerskab om kvalitet i SFO- og klubtilbud, rate 1 af 2")),
                                amount("55000.00"),
                                amount("13750.00"),
                                amount("68750.00"),
                                new Cause("MunicipalityJoined", "0b9c8d7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e"),
                                null,
                                null,
                                null),
                        new InvoiceEvent.Paid(
                                INVOICE,
                                "2021-000042",
                                "630",
                                LocalDate.of(2021, 12, 20),
                                amount("68750.00"),
                                "DKK",
                                null),
                        new InvoiceEvent.Overdue(
                                INVOICE,
                                "2021-000042",
                                "630",
                                LocalDate.of(2021, 12, 27),
                                amount("18750.00"),
                                "DKK",
                                LocalDate.of(2021, 12, 28),
                                null),
                        new InvoiceEvent.RefundDue(
                                INVOICE,
                                "2021-000042",
                                "630",
                                "cn-" + INVOICE + "-1",
                                amount("22500.00"),
                                amount("22500.00"),
                                "DKK",
                                null),
                        new CreditNoteEvent.Issued(
                                "cn-" + INVOICE,
                                "K2022-000003",
                                "CREDIT_NOTE",
                                "630",
                                VEJLE,
                                PROGRAMME,
                                LocalDate.of(2022, 2, 1),
                                "DKK",
                                List.of(line("Kreditering af faktura 2021-000042")),
                                amount("55000.00"),
                                amount("13750.00"),
                                amount("68750.00"),
                                INVOICE,
                                "2021-000042",
                                "Withdrawal before the programme started",
                                new Cause("MunicipalityWithdrew", "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d"),
                                null),
                        new DocumentEvent.Issued(
                                INVOICE,
                                "2021-000042",
                                DocumentKind.INVOICE,
                                "630",
                                PROGRAMME,
                                VEJLE,
                                LocalDate.of(2021, 11, 25),
                                LocalDate.of(2021, 12, 27),
                                "DKK",
                                List.of(line("Partnerskab om kvalitet i SFO- og klubtilbud, rate 1 af 2")),
                                amount("55000.00"),
                                amount("13750.00"),
                                amount("68750.00"),
                                "faktura-2021-000042.pdf",
                                "%PDF-1.4\n% golden sample: a real record carries the whole file\n%%EOF\n"
                                        .getBytes(StandardCharsets.US_ASCII))));
    }

    private static InvoiceLine line(String description) {
        return InvoiceLine.of(description, BigDecimal.ONE, amount("55000.00"), amount("25.00"));
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
