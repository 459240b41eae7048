package dk.kl.partnerships.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Cause;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import dk.kl.partnerships.billing.invoice.PaymentAccount;
import dk.kl.partnerships.billing.invoice.Seller;
import dk.kl.partnerships.billing.numbering.InvoiceNumber;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF as a person reads it: its text, extracted with PDFBox, holds every §58 field. */
class InvoicePrintingTests {

    private final InvoicePrinting printing = new InvoicePrinting();

    @Test
    void anInvoiceShowsEveryFieldParagraph58AsksFor() throws IOException {
        String text = text(printing.invoice(invoice()));

        assertThat(text)
                .contains("Faktura 2026-000123")
                .contains("Fakturadato 23. november 2026")
                .contains("Leveringsdato 23. november 2026")
                .contains("Forfaldsdato 23. december 2026")
                .contains("KL - Kommunernes Landsforening", "Weidekampsgade 10", "2300 København S")
                .contains("CVR-nr. (momsnr.) 55133018")
                .contains("Københavns Kommune", "Rådhuspladsen 1", "1550 København V", "CVR-nr. 64942212")
                .contains("Fagligt temamøde om kvalitet i dagtilbud")
                .contains("3", "1.500,00 kr.", "4.500,00 kr.")
                .contains("25 %")
                .contains("I alt ekskl. moms 4.500,00 kr.")
                .contains("Moms i alt 1.125,00 kr.")
                .contains("I alt inkl. moms 5.625,00 kr.")
                .contains("Købers reference BUV-4711")
                .contains("Ordrenummer PO-7")
                .contains("DK5000400440116243");
    }

    @Test
    void aCreditNoteNamesTheInvoiceItCorrectsAndWhy() throws IOException {
        Invoice invoice = invoice();
        CreditNote note = CreditNote.crediting(
                "cn-1",
                invoice,
                Map.of(0, BigDecimal.ONE),
                "Én deltager for meget faktureret",
                new Cause("CreditRequested", "finance"),
                LocalDate.of(2026, 11, 30));
        note.assignNumber(new InvoiceNumber(2026, 7));

        String text = text(printing.creditNote(note));

        assertThat(text)
                .contains("Kreditnota K2026-000007")
                .contains("Krediterer faktura 2026-000123 af 23. november 2026")
                .contains("Årsag Én deltager for meget faktureret")
                .contains("CVR-nr. (momsnr.) 55133018")
                .contains("Københavns Kommune")
                .contains("I alt inkl. moms 1.875,00 kr.");
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static Invoice invoice() {
        Invoice invoice = Invoice.issue(
                "inv-1",
                "101",
                new Seller(
                        "KL - Kommunernes Landsforening",
                        "55133018",
                        "Weidekampsgade 10",
                        "2300",
                        "København S",
                        "DK",
                        "5798000000001",
                        "faktura@kl.dk",
                        new PaymentAccount("58", "DK5000400440116243", null, null, null)),
                new Buyer(
                        "Københavns Kommune",
                        "5798000012349",
                        "64942212",
                        "BUV-4711",
                        new Buyer.Address("Rådhuspladsen 1", "1550", "København V", "DK"),
                        "PO-7",
                        null),
                "programme-1",
                LocalDate.of(2026, 11, 23),
                30,
                "DKK",
                List.of(InvoiceLine.of(
                        "Fagligt temamøde om kvalitet i dagtilbud, 12. november 2026: 3 deltagere",
                        new BigDecimal("3"),
                        new BigDecimal("1500.00"),
                        new BigDecimal("25.00"))),
                new Cause("MeetingHeld", "m-1"));
        invoice.assignNumber(new InvoiceNumber(2026, 123));
        return invoice;
    }
}
