package dk.kl.partnerships.contracts.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/**
 * The printable document (PDF) of an issued invoice or credit note is ready, with the facts a message
 * about it needs. It follows the {@link InvoiceIssued} or {@link CreditNoteIssued} of the same id, once
 * per document. For a credit note, {@code invoiceId} and {@code invoiceNumber} are the credit note's own
 * and {@code dueOn} is absent.
 *
 * @param fileName    what the file is called when saved, e.g. {@code faktura-2026-000123.pdf}
 * @param contentType {@code application/pdf}
 * @param content     the file, Base64 (RFC 4648, with padding)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceDocumentIssued(
        String invoiceId,
        String invoiceNumber,
        DocumentKind documentKind,
        String municipalityCode,
        String programmeId,
        Buyer buyer,
        LocalDate issuedOn,
        LocalDate dueOn,
        String currency,
        List<InvoiceLine> lines,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal netTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vatTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grossTotal,
        String fileName,
        String contentType,
        String content)
        implements IntegrationEvent {

    public InvoiceDocumentIssued {
        Require.text(invoiceId, "invoiceId");
        Require.text(invoiceNumber, "invoiceNumber");
        Require.present(documentKind, "documentKind");
        Require.text(municipalityCode, "municipalityCode");
        Require.text(programmeId, "programmeId");
        Require.present(buyer, "buyer");
        Require.present(issuedOn, "issuedOn");
        if (documentKind == DocumentKind.INVOICE) {
            Require.present(dueOn, "dueOn");
        }
        Require.text(currency, "currency");
        lines = Require.list(lines);
        netTotal = Require.amount(netTotal, "netTotal");
        vatTotal = Require.amount(vatTotal, "vatTotal");
        grossTotal = Require.amount(grossTotal, "grossTotal");
        Require.text(fileName, "fileName");
        Require.text(contentType, "contentType");
        Require.text(content, "content");
    }

    /** The file itself, decoded. */
    @JsonIgnore
    public byte[] file() {
        return Base64.getDecoder().decode(content);
    }

    public static String encode(byte[] file) {
        return Base64.getEncoder().encodeToString(file);
    }

    @Override
    public String key() {
        return municipalityCode;
    }
}
