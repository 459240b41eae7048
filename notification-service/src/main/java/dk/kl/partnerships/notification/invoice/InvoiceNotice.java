package dk.kl.partnerships.notification.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the message about an issued invoice says, and the invoice's document (PDF) it carries. */
public record InvoiceNotice(
        String invoiceId,
        String invoiceNumber,
        String municipalityCode,
        String programmeId,
        String buyerReference,
        LocalDate issuedOn,
        LocalDate dueOn,
        String currency,
        List<Line> lines,
        BigDecimal netTotal,
        BigDecimal vatTotal,
        BigDecimal grossTotal,
        Document document) {

    public record Line(String description, BigDecimal quantity, BigDecimal netAmount) {}

    /** The invoice as a file, e.g. {@code faktura-2026-000123.pdf}, {@code application/pdf}. */
    public record Document(String fileName, String contentType, byte[] content) {}

    /** The invoice as the templates see it ({@code ${invoice.number}}, {@code ${invoice.gross}}, ...). */
    Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("id", invoiceId);
        model.put("number", invoiceNumber);
        model.put("buyerReference", buyerReference == null ? "" : buyerReference);
        model.put("issuedOn", issuedOn);
        model.put("dueOn", dueOn);
        model.put("currency", currency);
        model.put(
                "lines",
                lines.stream()
                        .map(line -> Map.of(
                                "description", line.description(),
                                "quantity", line.quantity(),
                                "net", line.netAmount()))
                        .toList());
        model.put("net", netTotal);
        model.put("vat", vatTotal);
        model.put("gross", grossTotal);
        return model;
    }
}
