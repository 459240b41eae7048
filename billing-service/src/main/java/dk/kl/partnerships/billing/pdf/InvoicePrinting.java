package dk.kl.partnerships.billing.pdf;

import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.invoice.Amounts;
import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import dk.kl.partnerships.billing.invoice.Seller;
import dk.kl.partnerships.billing.invoice.Totals;
import dk.kl.partnerships.kit.documents.PdfDocument;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Invoices and credit notes as PDF, in Danish, with what §58 of momsbekendtgørelsen requires of a
 * full invoice: issue date, a unique sequential number, the seller's CVR (VAT) number, seller's and
 * buyer's name and address, the kind and quantity of what was supplied, the date of supply, the
 * taxable amount per VAT rate with unit prices excluding VAT, the VAT rate and the VAT amount in
 * kroner; a credit note also names the invoice it corrects. Payment details follow.
 */
@Service
public class InvoicePrinting {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);

    /** The file name an invoice's PDF is saved and sent under, e.g. {@code faktura-2026-000123.pdf}. */
    public static String fileName(Invoice invoice) {
        return "faktura-" + invoice.number() + ".pdf";
    }

    /** The file name of a credit note's PDF, e.g. {@code kreditnota-K2026-000007.pdf}. */
    public static String fileName(CreditNote note) {
        return "kreditnota-" + note.number() + ".pdf";
    }

    public byte[] invoice(Invoice invoice) {
        PdfDocument html = PdfDocument.titled("Faktura " + invoice.number());
        parties(html, invoice.seller(), invoice.buyer());
        html.markup("<table class='facts'>")
                .fact("Fakturanummer", invoice.number())
                .fact("Fakturadato", date(invoice.issuedOn()))
                .fact("Leveringsdato", date(invoice.issuedOn()))
                .fact("Forfaldsdato", date(invoice.dueOn()))
                .fact("Købers reference", invoice.buyer().reference())
                .fact("Ordrenummer", invoice.buyer().orderReference())
                .fact("Konteringsstreng", invoice.buyer().accountingCost())
                .markup("</table>");
        lines(html, invoice.lines(), invoice.currency());
        totals(html, invoice.lines(), invoice.netTotal(), invoice.vatTotal(), invoice.grossTotal(), invoice.currency());
        return html.markup("<h2>Betaling</h2>")
                .paragraph("Betales senest " + date(invoice.dueOn()) + " til "
                        + invoice.seller().payment().display() + " med betalings-id " + invoice.number() + ".")
                .pdf();
    }

    public byte[] creditNote(CreditNote note) {
        PdfDocument html = PdfDocument.titled("Kreditnota " + note.number());
        parties(html, note.seller(), note.buyer());
        html.markup("<table class='facts'>")
                .fact("Kreditnotanummer", note.number())
                .fact("Dato", date(note.issuedOn()))
                .fact(
                        "Krediterer faktura",
                        note.creditedInvoiceNumber() + " af " + date(note.creditedInvoiceIssuedOn()))
                .fact("Årsag", note.reason())
                .fact("Købers reference", note.buyer().reference())
                .fact("Ordrenummer", note.buyer().orderReference())
                .markup("</table>");
        lines(html, note.lines(), note.currency());
        totals(html, note.lines(), note.netTotal(), note.vatTotal(), note.grossTotal(), note.currency());
        return html.paragraph("Beløbet modregnes i faktura " + note.creditedInvoiceNumber()
                        + "; er fakturaen betalt, tilbagebetales det.")
                .pdf();
    }

    private static void parties(PdfDocument html, Seller seller, Buyer buyer) {
        html.markup("<table><tr><td><strong>Sælger</strong><br/>")
                .text(seller.name())
                .markup("<br/>")
                .text(seller.street())
                .markup("<br/>")
                .text(seller.postalCode() + " " + seller.city())
                .markup("<br/>")
                .text("CVR-nr. (momsnr.) " + seller.cvr())
                .markup("<br/>")
                .text("EAN " + seller.ean() + ", " + seller.email())
                .markup("</td><td><strong>Køber</strong><br/>")
                .text(buyer.name())
                .markup("<br/>")
                .text(buyer.address().street())
                .markup("<br/>")
                .text(buyer.address().postalCode() + " " + buyer.address().city())
                .markup("<br/>")
                .text("CVR-nr. " + buyer.cvr())
                .markup("<br/>")
                .text("EAN " + buyer.ean())
                .markup("</td></tr></table>");
    }

    private static void lines(PdfDocument html, List<InvoiceLine> lines, String currency) {
        html.markup("<table class='lines'><thead><tr><th>Beskrivelse</th><th class='amount'>Antal</th>")
                .markup("<th class='amount'>Enhedspris ekskl. moms</th><th class='amount'>Moms</th>")
                .markup("<th class='amount'>Beløb ekskl. moms</th></tr></thead><tbody>");
        for (InvoiceLine line : lines) {
            html.markup("<tr><td>")
                    .text(line.description())
                    .markup("</td><td class='amount'>")
                    .text(number(line.quantity()))
                    .markup("</td><td class='amount'>")
                    .text(money(line.unitPrice(), currency))
                    .markup("</td><td class='amount'>")
                    .text(percent(line.vatRate()))
                    .markup("</td><td class='amount'>")
                    .text(money(line.netAmount(), currency))
                    .markup("</td></tr>");
        }
        html.markup("</tbody></table>");
    }

    private static void totals(
            PdfDocument html,
            List<InvoiceLine> lines,
            BigDecimal net,
            BigDecimal vat,
            BigDecimal gross,
            String currency) {
        html.markup("<table class='facts'>").fact("I alt ekskl. moms", money(net, currency));
        for (Map.Entry<BigDecimal, BigDecimal> rate :
                Totals.of(lines).netByRate().entrySet()) {
            html.fact(
                    "Moms " + percent(rate.getKey()) + " af " + money(rate.getValue(), currency),
                    money(Amounts.vat(rate.getValue(), rate.getKey()), currency));
        }
        html.fact("Moms i alt", money(vat, currency))
                .fact("I alt inkl. moms", money(gross, currency))
                .markup("</table>");
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(DANISH);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String money(BigDecimal value, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(DANISH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value) + " " + ("DKK".equals(currency) ? "kr." : currency);
    }

    private static String percent(BigDecimal rate) {
        return number(rate) + " %";
    }
}
