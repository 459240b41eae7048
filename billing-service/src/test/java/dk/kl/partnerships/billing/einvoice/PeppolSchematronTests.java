package dk.kl.partnerships.billing.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Cause;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import dk.kl.partnerships.billing.invoice.PaymentAccount;
import dk.kl.partnerships.billing.invoice.Seller;
import dk.kl.partnerships.billing.numbering.InvoiceNumber;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of document billing issues, put through the official Peppol BIS Billing 3.0 rules
 * (UBL schema, CEN-EN16931-UBL and PEPPOL-EN16931-UBL schematrons, release 2025.5) as a Peppol
 * access point or NemHandel would: none may have a fatal finding.
 */
class PeppolSchematronTests {

    private static final BigDecimal VAT = new BigDecimal("25.00");
    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 23);

    private final PeppolBisBilling3 format = new PeppolBisBilling3();

    @Test
    void aPartnershipInstalmentPassesWithSepaCreditTransfer() {
        Invoice invoice = invoice(
                seller(sepa()),
                buyer(null, null),
                line("Partnerskab om kvalitet i dagtilbud, rate 1 af 2", "1", "55000.00"));

        assertNoFatalFinding(PeppolRules.invoice(format.invoice(invoice)));
    }

    @Test
    void aNetworkInvoicePassesWithADanishAccountAndTheBuyersOrderReferenceAndAccountString() {
        Invoice invoice = invoice(
                seller(new PaymentAccount(PaymentAccount.PAYMENT_TO_BANK_ACCOUNT, null, null, "1551", "3456789012")),
                buyer("PO-2026-118", "4.1.2.3-1234567"),
                line("Netværk om sammenhængende borgerforløb", "1", "45000.00"));
        String xml = new String(format.invoice(invoice), StandardCharsets.UTF_8);

        assertNoFatalFinding(PeppolRules.invoice(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(xml)
                .contains("<cbc:PaymentMeansCode>42</cbc:PaymentMeansCode>")
                .contains("<cac:FinancialInstitutionBranch><cbc:ID>1551</cbc:ID>")
                .contains("<cac:OrderReference><cbc:ID>PO-2026-118</cbc:ID></cac:OrderReference>")
                .contains("<cbc:AccountingCost>4.1.2.3-1234567</cbc:AccountingCost>");
    }

    @Test
    void aMeetingFeePassesWithADebitTransfer() {
        Invoice invoice = invoice(
                seller(new PaymentAccount(PaymentAccount.DEBIT_TRANSFER, null, null, "1551", "3456789012")),
                buyer(null, null),
                line("Fagligt temamøde om kvalitet i dagtilbud, 12. november 2026: 3 deltagere", "3", "1500.00"));

        assertNoFatalFinding(PeppolRules.invoice(format.invoice(invoice)));
    }

    @Test
    void aGuestOrganisationsMeetingFeePassesAddressedByItsCvrAlone() {
        Invoice invoice = Invoice.issue(
                "inv-mtg-m-org-0184-12345674",
                null,
                seller(sepa()),
                new Buyer(
                        "BUPL",
                        null,
                        "12345674",
                        "Temamøde",
                        new Buyer.Address("Blegdamsvej 124", "2100", "København Ø", "DK"),
                        null,
                        null),
                "programme-1",
                ISSUED,
                30,
                "DKK",
                List.of(line("Fagligt temamøde om kvalitet i dagtilbud, 12.11.2026: 2 deltagere", "2", "1500.00")),
                new Cause("MeetingHeld", "e-3"));
        invoice.assignNumber(new InvoiceNumber(2026, 8));
        String xml = new String(format.invoice(invoice), StandardCharsets.UTF_8);

        assertNoFatalFinding(PeppolRules.invoice(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(xml)
                .contains("<cbc:EndpointID schemeID=\"0184\">12345674</cbc:EndpointID>")
                .doesNotContain("schemeID=\"0088\">null");
    }

    @Test
    void aCreditNoteAfterAWithdrawalPasses() {
        Invoice invoice = invoice(
                seller(sepa()), buyer(null, null), line("Partnerskab om kvalitet i dagtilbud", "1", "110000.00"));
        CreditNote note = CreditNote.crediting(
                invoice,
                "Udtrådt af programmet 2026-11-30 før start (2027-01-01): byrådsbeslutning",
                new Cause("MunicipalityWithdrew", "e-2"),
                ISSUED.plusDays(7));
        note.assignNumber(new InvoiceNumber(2026, 4));

        assertNoFatalFinding(PeppolRules.creditNote(format.creditNote(note)));
    }

    @Test
    void aPartialCreditNotePasses() {
        Invoice invoice = invoice(
                seller(sepa()),
                buyer("PO-7", null),
                line("Fagligt temamøde, 12. november 2026: 3 deltagere", "3", "1500.00"),
                line("Materialer", "3", "125.50"));
        CreditNote note = CreditNote.crediting(
                "cn-partial-1",
                invoice,
                Map.of(0, BigDecimal.ONE),
                "Én deltager for meget faktureret",
                new Cause("CreditRequested", "r-1"),
                ISSUED.plusDays(3));
        note.assignNumber(new InvoiceNumber(2026, 5));

        assertNoFatalFinding(PeppolRules.creditNote(format.creditNote(note)));
        assertThat(note.grossTotal()).isEqualByComparingTo("1875.00");
    }

    /** A re-issued invoice to corrected buyer details passes and names the invoice it replaces. */
    @Test
    void aReissuedInvoiceToCorrectedBuyerDetailsPassesAndRefersToTheOriginal() {
        Invoice original = invoice(
                seller(sepa()),
                buyer(null, null),
                line("Partnerskab om kvalitet i dagtilbud, rate 2 af 2", "1", "55000.00"));
        Buyer corrected = new Buyer(
                "Københavns Kommune",
                "5798000047112",
                "64942212",
                "BUV-4712",
                new Buyer.Address("Islands Brygge 37", "2300", "København S", "DK"),
                "PO-2026-204",
                "4.1.2.3-7654321");
        Invoice reissued = Invoice.replacing(
                original,
                original.id() + "-reissue",
                seller(sepa()),
                corrected,
                ISSUED.plusDays(10),
                30,
                original.lines(),
                new Cause("ReissueRequested", "finance-1"));
        reissued.assignNumber(new InvoiceNumber(2026, 8));
        String xml = new String(format.invoice(reissued), StandardCharsets.UTF_8);

        assertNoFatalFinding(PeppolRules.invoice(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(xml)
                .contains(
                        "<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>2026-000007</cbc:ID>"
                                + "<cbc:IssueDate>2026-11-23</cbc:IssueDate></cac:InvoiceDocumentReference></cac:BillingReference>")
                .contains("<cbc:EndpointID schemeID=\"0088\">5798000047112</cbc:EndpointID>");
    }

    /** The rules are live: the payment means every invoice carried before (30) is fatal for a Danish seller. */
    @Test
    void theRulesRejectPaymentMeansThirtyFromADanishSeller() {
        Invoice invoice = invoice(seller(sepa()), buyer(null, null), line("Netværk", "1", "45000.00"));
        byte[] withCode30 = new String(format.invoice(invoice), StandardCharsets.UTF_8)
                .replace(
                        "<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>",
                        "<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(PeppolRules.fatal(PeppolRules.invoice(withCode30)))
                .extracting(PeppolRules.Finding::rule)
                .contains("DK-R-005");
    }

    /** ... and a Danish account without its registration number breaks DK-R-006. */
    @Test
    void theRulesRejectADanishAccountWithoutRegistrationNumber() {
        Invoice invoice = invoice(
                seller(new PaymentAccount(PaymentAccount.PAYMENT_TO_BANK_ACCOUNT, null, null, null, "3456789012")),
                buyer(null, null),
                line("Netværk", "1", "45000.00"));

        assertThat(PeppolRules.fatal(PeppolRules.invoice(format.invoice(invoice))))
                .extracting(PeppolRules.Finding::rule)
                .contains("DK-R-006");
    }

    private static void assertNoFatalFinding(List<PeppolRules.Finding> findings) {
        assertThat(PeppolRules.fatal(findings)).as("fatal findings").isEmpty();
    }

    private static PaymentAccount sepa() {
        return new PaymentAccount(PaymentAccount.SEPA_CREDIT_TRANSFER, "DK5000400440116243", "DABADKKK", null, null);
    }

    private static Seller seller(PaymentAccount payment) {
        return new Seller(
                "KL - Kommunernes Landsforening",
                "55133018",
                "Weidekampsgade 10",
                "2300",
                "København S",
                "DK",
                "5798000000001",
                "faktura@kl.dk",
                payment);
    }

    private static Buyer buyer(String orderReference, String accountingCost) {
        return new Buyer(
                "Københavns Kommune",
                "5798000012349",
                "64942212",
                "BUV-4711",
                new Buyer.Address("Rådhuspladsen 1", "1550", "København V", "DK"),
                orderReference,
                accountingCost);
    }

    private static InvoiceLine line(String description, String quantity, String unitPrice) {
        return InvoiceLine.of(description, new BigDecimal(quantity), new BigDecimal(unitPrice), VAT);
    }

    private static Invoice invoice(Seller seller, Buyer buyer, InvoiceLine... lines) {
        Invoice invoice = Invoice.issue(
                "inv-" + lines.length,
                "101",
                seller,
                buyer,
                "programme-1",
                ISSUED,
                30,
                "DKK",
                List.of(lines),
                new Cause("MunicipalityJoined", "e-1"));
        invoice.assignNumber(new InvoiceNumber(2026, 7));
        return invoice;
    }
}
