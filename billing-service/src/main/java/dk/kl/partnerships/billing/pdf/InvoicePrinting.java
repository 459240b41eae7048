package dk.kl.partnerships.billing.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.invoice.Amounts;
import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import dk.kl.partnerships.billing.invoice.Seller;
import dk.kl.partnerships.billing.invoice.Totals;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        StringBuilder html = start("Faktura " + invoice.number());
        parties(html, invoice.seller(), invoice.buyer());
        html.append("<table class='facts'>");
        fact(html, "Fakturanummer", invoice.number());
        fact(html, "Fakturadato", date(invoice.issuedOn()));
        fact(html, "Leveringsdato", date(invoice.issuedOn()));
        fact(html, "Forfaldsdato", date(invoice.dueOn()));
        fact(html, "Købers reference", invoice.buyer().reference());
        fact(html, "Ordrenummer", invoice.buyer().orderReference());
        fact(html, "Konteringsstreng", invoice.buyer().accountingCost());
        html.append("</table>");
        lines(html, invoice.lines(), invoice.currency());
        totals(html, invoice.lines(), invoice.netTotal(), invoice.vatTotal(), invoice.grossTotal(), invoice.currency());
        html.append("<h2>Betaling</h2><p>")
                .append(escape("Betales senest " + date(invoice.dueOn()) + " til "
                        + invoice.seller().payment().display() + " med betalings-id " + invoice.number() + "."))
                .append("</p>");
        return render(end(html));
    }

    public byte[] creditNote(CreditNote note) {
        StringBuilder html = start("Kreditnota " + note.number());
        parties(html, note.seller(), note.buyer());
        html.append("<table class='facts'>");
        fact(html, "Kreditnotanummer", note.number());
        fact(html, "Dato", date(note.issuedOn()));
        fact(html, "Krediterer faktura", note.creditedInvoiceNumber() + " af " + date(note.creditedInvoiceIssuedOn()));
        fact(html, "Årsag", note.reason());
        fact(html, "Købers reference", note.buyer().reference());
        fact(html, "Ordrenummer", note.buyer().orderReference());
        html.append("</table>");
        lines(html, note.lines(), note.currency());
        totals(html, note.lines(), note.netTotal(), note.vatTotal(), note.grossTotal(), note.currency());
        html.append("<p>")
                .append(escape("Beløbet modregnes i faktura " + note.creditedInvoiceNumber()
                        + "; er fakturaen betalt, tilbagebetales det."))
                .append("</p>");
        return render(end(html));
    }

    private static StringBuilder start(String title) {
        return new StringBuilder()
                .append("<!DOCTYPE html><html lang='da'><head><meta charset='UTF-8'/><title>")
                .append(escape(title))
                .append("</title><style>")
                .append("@page { size: A4; margin: 20mm; }")
                .append("body { font-family: Helvetica, sans-serif; font-size: 10pt; color: #1a1a1a; }")
                .append("h1 { font-size: 18pt; margin: 0 0 8mm 0; }")
                .append("h2 { font-size: 12pt; margin: 6mm 0 2mm 0; }")
                .append("table { border-collapse: collapse; width: 100%; }")
                .append("td, th { padding: 1.5mm 2mm; vertical-align: top; text-align: left; }")
                .append("table.lines th { border-bottom: 1px solid #1a1a1a; }")
                .append("table.lines td { border-bottom: 1px solid #cccccc; }")
                .append(".amount { text-align: right; }")
                .append("table.facts { width: auto; margin: 4mm 0; }")
                .append("</style></head><body><h1>")
                .append(escape(title))
                .append("</h1>");
    }

    private static String end(StringBuilder html) {
        return html.append("</body></html>").toString();
    }

    private static void parties(StringBuilder html, Seller seller, Buyer buyer) {
        html.append("<table><tr><td><strong>Sælger</strong><br/>")
                .append(escape(seller.name()))
                .append("<br/>")
                .append(escape(seller.street()))
                .append("<br/>")
                .append(escape(seller.postalCode() + " " + seller.city()))
                .append("<br/>")
                .append(escape("CVR-nr. (momsnr.) " + seller.cvr()))
                .append("<br/>")
                .append(escape("EAN " + seller.ean() + ", " + seller.email()))
                .append("</td><td><strong>Køber</strong><br/>")
                .append(escape(buyer.name()))
                .append("<br/>")
                .append(escape(buyer.address().street()))
                .append("<br/>")
                .append(escape(
                        buyer.address().postalCode() + " " + buyer.address().city()))
                .append("<br/>")
                .append(escape("CVR-nr. " + buyer.cvr()))
                .append("<br/>")
                .append(escape("EAN " + buyer.ean()))
                .append("</td></tr></table>");
    }

    private static void fact(StringBuilder html, String label, String value) {
        if (value != null && !value.isBlank()) {
            html.append("<tr><th>")
                    .append(escape(label))
                    .append("</th><td>")
                    .append(escape(value))
                    .append("</td></tr>");
        }
    }

    private static void lines(StringBuilder html, List<InvoiceLine> lines, String currency) {
        html.append("<table class='lines'><thead><tr><th>Beskrivelse</th><th class='amount'>Antal</th>")
                .append("<th class='amount'>Enhedspris ekskl. moms</th><th class='amount'>Moms</th>")
                .append("<th class='amount'>Beløb ekskl. moms</th></tr></thead><tbody>");
        for (InvoiceLine line : lines) {
            html.append("<tr><td>")
                    .append(escape(line.description()))
                    .append("</td><td class='amount'>")
                    .append(number(line.quantity()))
                    .append("</td><td class='amount'>")
                    .append(money(line.unitPrice(), currency))
                    .append("</td><td class='amount'>")
                    .append(percent(line.vatRate()))
                    .append("</td><td class='amount'>")
                    .append(money(line.netAmount(), currency))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static void totals(
            StringBuilder html,
            List<InvoiceLine> lines,
            BigDecimal net,
            BigDecimal vat,
            BigDecimal gross,
            String currency) {
        html.append("<table class='facts'>");
        fact(html, "I alt ekskl. moms", money(net, currency));
        for (Map.Entry<BigDecimal, BigDecimal> rate :
                Totals.of(lines).netByRate().entrySet()) {
            fact(
                    html,
                    "Moms " + percent(rate.getKey()) + " af " + money(rate.getValue(), currency),
                    money(Amounts.vat(rate.getValue(), rate.getKey()), currency));
        }
        fact(html, "Moms i alt", money(vat, currency));
        fact(html, "I alt inkl. moms", money(gross, currency));
        html.append("</table>");
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

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF", e);
        }
        return out.toByteArray();
    }
}
